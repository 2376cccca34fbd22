/**
 * The model's scores of every sentence, summed straight from the feature walk (features.ts) rather than from
 * feature lists: a word that recurs in a message has its rows looked up once, and nothing is allocated per
 * feature. The sums are integers (int8 weights), so they equal predict()'s on sentenceFeatures() exactly,
 * whatever the order (tests/lib/apology/score-sentences.test.ts checks it).
 */
import type { Reading } from '../reading';
import type { RuleFindings } from '../rules';
import { walkSentences, type TokenInfo } from './features';
import { addRow, HEADS, type LinearModel } from './linear';

/**
 * Probabilities of the heads in `heads` for each sentence: the value of head h in sentence si is at
 * `si * HEADS.length + h` (other heads stay 0).
 */
export function scoreSentences(model: LinearModel, reading: Reading, rules: RuleFindings, heads: readonly number[]): Float64Array {
  const stride = HEADS.length;
  const sentences = reading.sentences.length;
  // Every head's sum is kept (a sparse row touches few heads); only the asked-for heads become probabilities.
  const sums = new Int32Array(sentences * stride);
  const { rowOf, mask } = model;
  const rowFor = (id: number): number => rowOf[id & mask]!;
  const rowsOf = (w: TokenInfo): NonNullable<TokenInfo['scored']> => {
    let scored = w.scored;
    if (scored === undefined || scored.model !== model) {
      w.scored = scored = { model, word: rowFor(w.wordId), head: rowFor(w.head), tail: rowFor(w.tail), prev: rowFor(w.asPrev), next: rowFor(w.asNext) };
    }
    return scored;
  };
  walkSentences(reading, rules, {
    id: (si, id) => addRow(model, rowFor(id), sums, si * stride),
    word: (si, w) => {
      const rows = rowsOf(w);
      addRow(model, rows.word, sums, si * stride);
      addRow(model, rows.head, sums, si * stride);
      addRow(model, rows.tail, sums, si * stride);
    },
    prevWord: (si, w) => addRow(model, rowsOf(w).prev, sums, si * stride),
    nextWord: (si, w) => addRow(model, rowsOf(w).next, sums, si * stride),
  });
  const probs = new Float64Array(sentences * stride);
  for (let si = 0; si < sentences; si++) {
    for (let j = 0; j < heads.length; j++) {
      const h = heads[j]!;
      const at = si * stride + h;
      probs[at] = 1 / (1 + Math.exp(-(model.bias[h]! + model.scale[h]! * sums[at]!)));
    }
  }
  return probs;
}

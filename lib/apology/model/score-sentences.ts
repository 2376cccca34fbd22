/**
 * The model's scores of every sentence, summed straight from the feature walk (features.ts) rather than from
 * feature lists: a word that recurs in a message has its rows summed once, and nothing is allocated per
 * feature. The sums are integers (int8 weights), so they equal predict()'s on sentenceFeatures() exactly,
 * whatever the order (tests/lib/apology/score-sentences.test.ts checks it).
 */
import type { Reading } from '../reading';
import type { RuleFindings } from '../rules';
import { walkSentences, type TokenInfo } from './features';
import { HEADS, type LinearModel } from './linear';

/**
 * Probabilities of the heads in `heads` for each sentence: the value of head h in sentence si is at
 * `si * HEADS.length + h` (other heads stay 0).
 */
export function scoreSentences(model: LinearModel, reading: Reading, rules: RuleFindings, heads: readonly number[]): Float64Array {
  const stride = HEADS.length;
  const sentences = reading.sentences.length;
  const sums = new Int32Array(sentences * stride);
  const { rowOf, weights, mask } = model;
  const rowFor = (id: number): number => rowOf[id & mask]!;
  const addRow = (si: number, row: number): void => {
    if (row === 0) return;
    const base = (row - 1) * stride;
    const at = si * stride;
    for (const h of heads) sums[at + h] = sums[at + h]! + weights[base + h]!;
  };
  const rowsOf = (w: TokenInfo): NonNullable<TokenInfo['scored']> => {
    let scored = w.scored;
    if (scored === undefined || scored.model !== model) {
      const own = new Int32Array(stride);
      for (const id of [w.wordId, w.head, w.tail]) {
        const row = rowFor(id);
        if (row === 0) continue;
        const base = (row - 1) * stride;
        for (let h = 0; h < stride; h++) own[h] = own[h]! + weights[base + h]!;
      }
      w.scored = scored = { model, own, prev: rowFor(w.asPrev), next: rowFor(w.asNext) };
    }
    return scored;
  };
  walkSentences(reading, rules, {
    id: (si, id) => addRow(si, rowFor(id)),
    word: (si, w) => {
      const { own } = rowsOf(w);
      const at = si * stride;
      for (const h of heads) sums[at + h] = sums[at + h]! + own[h]!;
    },
    prevWord: (si, w) => addRow(si, rowsOf(w).prev),
    nextWord: (si, w) => addRow(si, rowsOf(w).next),
  });
  const probs = new Float64Array(sentences * stride);
  for (let si = 0; si < sentences; si++) {
    for (const h of heads) {
      const at = si * stride + h;
      probs[at] = 1 / (1 + Math.exp(-(model.bias[h]! + model.scale[h]! * sums[at]!)));
    }
  }
  return probs;
}

/**
 * The model's scores of every sentence, summed straight from the feature walk (features.ts) rather than from
 * feature lists: a word's rows are merged once for the heads scored (and kept with its description, features.ts),
 * and nothing is allocated per feature. The sums are integers (int8 weights), so they equal predict()'s on sentenceFeatures()
 * exactly, whatever the order (tests/lib/apology/model-scoring.test.ts checks it).
 */
import type { Reading } from '../reading';
import type { RuleFindings } from '../rules';
import { walkSentences, type TokenInfo } from './features';
import { addRow, HEADS, type LinearModel } from './linear';

/** Some rows' weights summed and kept to the heads scored, as (head, weight) pairs (a plain array: cheaper to make than a typed one). */
export type MergedRow = number[];

// Scratch for merging rows: one sum per head.
const merging = new Int32Array(HEADS.length);

/** Sums `rows` (1-based, as in rowOf; 0 adds nothing) and keeps the non-zero sums of the heads in `heads`. */
function mergeRows(model: LinearModel, rows: readonly number[], heads: readonly number[]): MergedRow {
  merging.fill(0);
  for (const row of rows) addRow(model, row, merging, 0);
  const pairs: MergedRow = [];
  for (const h of heads) if (merging[h] !== 0) pairs.push(h, merging[h]!);
  return pairs;
}

function addPairs(pairs: MergedRow, sums: Int32Array, at: number): void {
  for (let e = 0; e < pairs.length; e += 2) {
    const i = at + pairs[e]!;
    sums[i] = sums[i]! + pairs[e + 1]!;
  }
}

/**
 * Probabilities of the heads in `heads` for each sentence: the value of head h in sentence si is at
 * `si * HEADS.length + h` (other heads stay 0).
 */
export function scoreSentences(model: LinearModel, reading: Reading, rules: RuleFindings, heads: readonly number[]): Float64Array {
  const stride = HEADS.length;
  const sentences = reading.sentences.length;
  // The other features add every head their row has (cheaper than asking which are scored); words add only the scored ones.
  const sums = new Int32Array(sentences * stride);
  const { rowOf, mask } = model;
  const rowFor = (id: number): number => rowOf[id & mask]!;
  const scored = [...new Set(heads)].sort((a, b) => a - b);
  const key = scored.join();
  const rowsOf = (w: TokenInfo): NonNullable<TokenInfo['scored']> => {
    let rows = w.scored;
    if (rows === undefined || rows.model !== model || rows.heads !== key) {
      w.scored = rows = {
        model,
        heads: key,
        word: mergeRows(model, [rowFor(w.wordId), rowFor(w.head), rowFor(w.tail)], scored),
        prev: mergeRows(model, [rowFor(w.asPrev)], scored),
        next: mergeRows(model, [rowFor(w.asNext)], scored),
      };
    }
    return rows;
  };
  walkSentences(reading, rules, {
    id: (si, id) => addRow(model, rowFor(id), sums, si * stride),
    word: (si, w) => addPairs(rowsOf(w).word, sums, si * stride),
    prevWord: (si, w) => addPairs(rowsOf(w).prev, sums, si * stride),
    nextWord: (si, w) => addPairs(rowsOf(w).next, sums, si * stride),
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

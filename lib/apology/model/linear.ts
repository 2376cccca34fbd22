/**
 * The shipped linear model: one logistic-regression head per decision, weights pruned and quantised
 * to int8 per head. Trained by scripts/train.ts; the file format is written there (encodeModel).
 */
import { COMPONENTS, DEFLECTION_KINDS, type Component, type DeflectionKind } from '../types';
import { decodeBase64 } from './base64';

/** Sentence-level heads, then message-level heads. */
export const SENTENCE_HEADS = ['act', ...COMPONENTS, ...DEFLECTION_KINDS.map((d) => `d:${d}` as const)] as const;
export const MESSAGE_HEADS = ['apology', 'serious'] as const;
export const HEADS = [...SENTENCE_HEADS, ...MESSAGE_HEADS] as const;
export type Head = (typeof HEADS)[number];
export const HEAD_INDEX = Object.fromEntries(HEADS.map((h, i) => [h, i])) as Record<Head, number>;

/**
 * How the rules' answer and the model's probability make one decision (chosen by cross-validation):
 * when the rules say yes, the model must reach `keep` to confirm it; when they say no, it must reach
 * `add` to overrule them. [0, 2] is the rules alone; [t, t] the model alone.
 */
export type Combine = readonly [keep: number, add: number];
export type Policy = Readonly<Record<'apology' | 'serious' | Component | `d:${DeflectionKind}`, Combine>> & {
  /** The rules' explicit apologies are kept whatever the model says (chosen by cross-validation too). */
  readonly explicitStands: boolean;
  /**
   * How sure the model must be to make an apology of apology words the rules read as something else (sympathy,
   * a pardon, a correction); above 1, never. Chosen by cross-validation: "sorry your order arrived broken, a new one
   * is on its way" is vetoed as sympathy by the rules, but it is the company's apology.
   */
  readonly vetoedAdd: number;
};

export function decide([keep, add]: Combine, rules: boolean, p: number): boolean {
  return rules ? p >= keep : p >= add;
}

export interface ModelFile {
  format: 'amends-linear-1';
  hashBits: number;
  heads: string[];
  bias: number[];
  scale: number[];
  policy: Policy;
  /** Per head: base64 of (varint id delta, int8 weight) pairs, ids ascending. */
  weights: string[];
}

export interface LinearModel {
  mask: number;
  bias: Float64Array;
  scale: Float64Array;
  policy: Policy;
  /**
   * Feature id → 1 + its row (0: no weights). A flat table, so a lookup is one array read; 16 bits a slot
   * keep it half the size of 32, so more of it stays in the processor's cache.
   */
  rowOf: Uint16Array | Int32Array;
  /**
   * The rows, sparse: row r's non-zero weights are entries rowStart[r] … rowStart[r + 1] - 1, each a head
   * and its quantised weight. Pruning leaves a feature weights in a few heads only, so summing a row
   * touches those few and not every head.
   */
  rowStart: Int32Array;
  entryHead: Uint8Array;
  entryWeight: Int8Array;
}

export function loadModel(file: ModelFile): LinearModel {
  if (file.format !== 'amends-linear-1' || file.heads.join() !== HEADS.join()) throw new Error('model file does not match this code; run npm run train');
  const mask = 2 ** file.hashBits - 1;
  // Flat typed arrays and counting passes, no object per feature: this runs each time the background wakes.
  const decoded = file.weights.map(decodeBase64);
  let total = 0;
  for (const bytes of decoded) total += bytes.length; // at least two bytes an entry
  const ids = new Int32Array(total >> 1);
  const entryHeads = new Uint8Array(total >> 1);
  const entryWeights = new Int8Array(total >> 1);
  let n = 0;
  decoded.forEach((bytes, head) => {
    let id = 0;
    for (let i = 0; i < bytes.length; ) {
      let delta = 0;
      let shift = 0;
      let b: number;
      do {
        b = bytes[i++]!;
        delta += (b & 127) * 2 ** shift;
        shift += 7;
      } while (b & 128);
      id += delta;
      const weight = (bytes[i++]! << 24) >> 24;
      if (id > mask) throw new Error('model file is damaged: a feature id is out of range');
      if (weight === 0) continue;
      ids[n] = id;
      entryHeads[n] = head;
      entryWeights[n] = weight;
      n++;
    }
  });
  // Rows in ascending id order, each row's entries in head order (the heads were decoded in order).
  const perId = new Int32Array(mask + 1);
  for (let e = 0; e < n; e++) perId[ids[e]!]!++;
  let rows = 0;
  for (let id = 0; id <= mask; id++) if (perId[id] !== 0) rows++;
  const rowOf = rows < 0xffff ? new Uint16Array(mask + 1) : new Int32Array(mask + 1);
  const rowStart = new Int32Array(rows + 1);
  let r = 0;
  let cursor = 0;
  for (let id = 0; id <= mask; id++) {
    const count = perId[id]!;
    if (count === 0) continue;
    rowOf[id] = r + 1;
    rowStart[r] = cursor;
    perId[id] = cursor; // from here on: where the row's next entry goes
    cursor += count;
    r++;
  }
  rowStart[rows] = cursor;
  const entryHead = new Uint8Array(n);
  const entryWeight = new Int8Array(n);
  for (let e = 0; e < n; e++) {
    const at = perId[ids[e]!]!++;
    entryHead[at] = entryHeads[e]!;
    entryWeight[at] = entryWeights[e]!;
  }
  return {
    mask,
    bias: Float64Array.from(file.bias),
    scale: Float64Array.from(file.scale),
    policy: file.policy,
    rowOf,
    rowStart,
    entryHead,
    entryWeight,
  };
}

/** Adds row `row` (1-based, as in rowOf; 0 adds nothing) to sums[at + head] for each of its heads. */
export function addRow(model: LinearModel, row: number, sums: Int32Array, at: number): void {
  if (row === 0) return;
  const { rowStart, entryHead, entryWeight } = model;
  for (let e = rowStart[row - 1]!, end = rowStart[row]!; e < end; e++) {
    const i = at + entryHead[e]!;
    sums[i] = sums[i]! + entryWeight[e]!;
  }
}

// Integer sums of int8 weights: exact in any order, so they can be summed where it is cheapest.
const sums = new Int32Array(HEADS.length);

/**
 * Writes the probability of each head in `heads` for one feature list into `out[head]`; other heads are
 * left as they were, so the caller computes only the heads whose answer can matter.
 */
export function predictHeads(model: LinearModel, features: readonly number[], heads: readonly number[], out: Float64Array): void {
  predictHeadsOf(model, (add) => {
    for (let i = 0; i < features.length; i++) add(features[i]!);
  }, heads, out);
}

/** predictHeads() for features handed over one by one by `walk` (features.ts's eachMessageFeature), with no list made. */
export function predictHeadsOf(model: LinearModel, walk: (add: (id: number) => void) => void, heads: readonly number[], out: Float64Array): void {
  const { rowOf, mask } = model;
  sums.fill(0);
  walk((id) => addRow(model, rowOf[id & mask]!, sums, 0));
  for (let j = 0; j < heads.length; j++) {
    const h = heads[j]!;
    out[h] = 1 / (1 + Math.exp(-(model.bias[h]! + model.scale[h]! * sums[h]!)));
  }
}

const ALL_HEADS: readonly number[] = HEADS.map((_, h) => h);

/** Probabilities of every head for one feature list (only the heads meant for such a list are meaningful). */
export function predict(model: LinearModel, features: readonly number[]): Float64Array {
  const out = new Float64Array(HEADS.length);
  predictHeads(model, features, ALL_HEADS, out);
  return out;
}

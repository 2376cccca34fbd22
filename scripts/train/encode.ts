/** Prunes and quantises trained heads to int8 and writes them in the shipped model format. */
import { encodeBase64 } from '../../lib/apology/model/base64';
import { HEADS, type ModelFile, type Policy } from '../../lib/apology/model/linear';
import type { Example, Trained } from './logistic';

// Experiments: AMENDS_SHARE="message,deflection" (see SHARE below).
const [SHARE_MESSAGE, SHARE_DEFLECTION] = (process.env.AMENDS_SHARE ?? '4,2').split(',').map(Number) as [number, number];

const scaleOf = (w: Float64Array): number => {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  return max === 0 ? 1 : Number((max / 127).toPrecision(8));
};

/**
 * How much a weight is worth keeping: its size times how often its feature fires (the square root, so a
 * common feature with a small weight does not crowd out every rarer one). Size alone keeps the rare
 * n-grams: AdaGrad gives features seen a few times the largest steps, and the largest weights.
 */
export function importance(weights: Float64Array, counts: Float64Array | undefined): Float64Array {
  return Float64Array.from(weights, (w, id) => Math.abs(w) * (counts ? Math.sqrt(counts[id]!) : 1));
}

/** A weight is kept when it does not round to zero and its importance is above nothing and reaches the cutoff. */
const keeps = (quantised: number, worth: number, cutoff: number): boolean => quantised !== 0 && worth > 0 && worth >= cutoff;

function encodeHead(weights: Float64Array, worth: Float64Array, scale: number, cutoff: number): string {
  const bytes: number[] = [];
  let last = 0;
  for (let id = 0; id < weights.length; id++) {
    const q = Math.round(weights[id]! / scale);
    if (!keeps(q, worth[id]!, cutoff)) continue;
    let delta = id - last;
    last = id;
    while (delta >= 128) {
      bytes.push((delta & 127) | 128);
      delta = Math.floor(delta / 128);
    }
    bytes.push(delta, Math.max(-127, Math.min(127, q)) & 255);
  }
  return encodeBase64(Uint8Array.from(bytes));
}

/**
 * How many shares of the budget each head gets. The message-level decisions (is it an apology, how serious)
 * read every word of the message and gain most from more weights, the deflections next; the components and
 * the act saturate first (cross-validated, lib/apology/training/REPORT.md "Amendment 4").
 */
const SHARE = HEADS.map((h) => (h === 'apology' || h === 'serious' ? SHARE_MESSAGE : h.startsWith('d:') ? SHARE_DEFLECTION : 1));

/** Each head's (k × its share)-th largest importance (0 when it has fewer). */
function cutoffs(sorted: Float64Array[], k: number): number[] {
  return sorted.map((s, h) => {
    const n = k * SHARE[h]!;
    return n <= s.length ? s[s.length - n]! : 0;
  });
}

/** Per head, the feature ids that survive the cutoffs. */
export function survivors(trained: Trained, cut: readonly number[], counts?: Float64Array): Uint8Array[] {
  return trained.weights.map((w, h) => {
    const scale = scaleOf(w);
    const worth = importance(w, counts);
    return Uint8Array.from(w, (x, id) => (keeps(Math.round(x / scale), worth[id]!, cut[h]!) ? 1 : 0));
  });
}

/**
 * The most weights per head (the same number for every head, most important first) that fit the budget:
 * rare decisions, whose weights are small, keep as many as common ones. `counts`: how often each feature
 * id fires in the training data (ranks by importance()); without it, by size alone.
 */
export function encodeModel(trained: Trained, hashBits: number, policy: Policy, budgetBytes: number, counts?: Float64Array): { file: ModelFile; json: string; cut: number[]; perHead: number } {
  const scale = trained.weights.map(scaleOf);
  const worth = trained.weights.map((w) => importance(w, counts));
  const sorted = worth.map((v) => v.filter((x) => x > 0).sort());
  const make = (k: number): { file: ModelFile; json: string; cut: number[] } => {
    const cut = cutoffs(sorted, k);
    const file: ModelFile = {
      format: 'amends-linear-1',
      hashBits,
      heads: [...HEADS],
      bias: [...trained.bias].map((b) => Number(b.toFixed(6))),
      scale,
      policy,
      weights: trained.weights.map((w, h) => encodeHead(w, worth[h]!, scale[h]!, cut[h]!)),
    };
    return { file, json: JSON.stringify(file) + '\n', cut };
  };
  const most = Math.max(...sorted.map((s) => s.length));
  if (make(most).json.length <= budgetBytes) return { ...make(most), perHead: most };
  let lo = 1;
  let hi = most;
  if (make(lo).json.length > budgetBytes) throw new Error('the model does not fit its budget even with one weight per head');
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (make(mid).json.length <= budgetBytes) lo = mid;
    else hi = mid - 1;
  }
  return { ...make(lo), perHead: lo };
}

/** How often each feature id (masked to the model's hash space) fires in the examples. */
export function featureCounts(examples: readonly Example[], hashBits: number): Float64Array {
  const counts = new Float64Array(2 ** hashBits);
  const mask = counts.length - 1;
  for (const e of examples) for (const f of e.features) counts[f & mask] = counts[f & mask]! + 1;
  return counts;
}

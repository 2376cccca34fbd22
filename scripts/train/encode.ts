/** Prunes and quantises trained heads to int8 and writes them in the shipped model format. */
import { encodeBase64 } from '../../lib/apology/model/base64';
import { HEADS, type ModelFile, type Policy } from '../../lib/apology/model/linear';
import type { Trained } from './logistic';

const scaleOf = (w: Float64Array): number => {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  return max === 0 ? 1 : Number((max / 127).toPrecision(8));
};

/** Keeps a weight when |w| ≥ cutoff and it does not round to zero. */
function encodeHead(weights: Float64Array, scale: number, cutoff: number): string {
  const bytes: number[] = [];
  let last = 0;
  for (let id = 0; id < weights.length; id++) {
    const q = Math.round(weights[id]! / scale);
    if (q === 0 || Math.abs(weights[id]!) < cutoff) continue;
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

/** Each head's k-th largest |weight| (0 when it has fewer), so every head keeps an equal share. */
function cutoffs(sorted: Float64Array[], k: number): number[] {
  return sorted.map((s) => (k <= s.length ? s[s.length - k]! : 0));
}

/** Per head, the feature ids that survive the cutoffs. */
export function survivors(trained: Trained, cut: readonly number[]): Uint8Array[] {
  return trained.weights.map((w, h) => {
    const scale = scaleOf(w);
    return Uint8Array.from(w, (x) => (Math.round(x / scale) !== 0 && Math.abs(x) >= cut[h]! ? 1 : 0));
  });
}

/**
 * The most weights per head (the same number for every head, largest first) that fit the budget:
 * rare decisions, whose weights are small, keep as many as common ones.
 */
export function encodeModel(trained: Trained, hashBits: number, policy: Policy, budgetBytes: number): { file: ModelFile; json: string; cut: number[]; perHead: number } {
  const scale = trained.weights.map(scaleOf);
  const sorted = trained.weights.map((w) => Float64Array.from(w, Math.abs).filter((x) => x > 0).sort());
  const make = (k: number): { file: ModelFile; json: string; cut: number[] } => {
    const cut = cutoffs(sorted, k);
    const file: ModelFile = {
      format: 'amends-linear-1',
      hashBits,
      heads: [...HEADS],
      bias: [...trained.bias].map((b) => Number(b.toFixed(6))),
      scale,
      policy,
      weights: trained.weights.map((w, h) => encodeHead(w, scale[h]!, cut[h]!)),
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

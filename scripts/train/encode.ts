/** Prunes and quantises trained heads to int8 and writes them in the shipped model format. */
import { encodeBase64 } from '../../lib/apology/model/base64';
import { HEADS, type ModelFile, type Policy } from '../../lib/apology/model/linear';
import type { Trained } from './logistic';

function encodeHead(weights: Float64Array, scale: number, minLevel: number): string {
  const bytes: number[] = [];
  let last = 0;
  for (let id = 0; id < weights.length; id++) {
    const q = Math.round(weights[id]! / scale);
    if (Math.abs(q) < minLevel) continue;
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

/** Per head, the feature ids whose weight survives pruning at `level` quantisation steps. */
export function survivors(trained: Trained, level: number): Uint8Array[] {
  return trained.weights.map((w) => {
    let max = 0;
    for (const x of w) max = Math.max(max, Math.abs(x));
    const scale = max === 0 ? 1 : Number((max / 127).toPrecision(8));
    return Uint8Array.from(w, (x) => (Math.abs(Math.round(x / scale)) >= level ? 1 : 0));
  });
}

/**
 * The smallest pruning level (drop weights below `level` quantisation steps) that fits the budget.
 * Heads trained on other data (sentence vs message) leave the rest of their table at zero.
 */
export function encodeModel(trained: Trained, hashBits: number, policy: Policy, budgetBytes: number): { file: ModelFile; json: string; level: number } {
  const scale = trained.weights.map((w) => {
    let max = 0;
    for (const x of w) max = Math.max(max, Math.abs(x));
    return max === 0 ? 1 : Number((max / 127).toPrecision(8));
  });
  for (let level = 1; level <= 127; level++) {
    const file: ModelFile = {
      format: 'amends-linear-1',
      hashBits,
      heads: [...HEADS],
      bias: [...trained.bias].map((b) => Number(b.toFixed(6))),
      scale,
      policy,
      weights: trained.weights.map((w, h) => encodeHead(w, scale[h]!, level)),
    };
    const json = JSON.stringify(file) + '\n';
    if (json.length <= budgetBytes) return { file, json, level };
  }
  throw new Error('the model does not fit its budget even pruned to its largest weights');
}

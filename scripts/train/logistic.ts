/**
 * Logistic regression on hashed sparse features, trained with AdaGrad and L2. Deterministic: a
 * seeded shuffle, a fixed order of floating-point operations, no threads.
 */
export interface Example {
  features: readonly number[];
  /** One label per head (1 = positive); `null` leaves the example out of that head. */
  labels: ReadonlyArray<0 | 1 | null>;
}

export interface TrainOptions {
  hashBits: number;
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

export interface Trained {
  weights: Float64Array[];
  bias: Float64Array;
}

export const DEFAULTS: TrainOptions = { hashBits: 18, epochs: 5, rate: 0.2, l2: 1e-6, seed: 20261201 };

/** mulberry32: a small seeded generator, so every run shuffles the same way. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `keep` (per head, optional): only these feature ids learn, the rest stay at zero. Used to retrain
 * on the weights that survive pruning, so the model re-balances within its size budget.
 */
export function train(examples: readonly Example[], heads: number, options: TrainOptions = DEFAULTS, keep?: Uint8Array[]): Trained {
  const size = 2 ** options.hashBits;
  const mask = size - 1;
  const weights = Array.from({ length: heads }, () => new Float64Array(size));
  const squares = Array.from({ length: heads }, () => new Float64Array(size));
  const bias = new Float64Array(heads);
  const biasSquares = new Float64Array(heads);
  const order = examples.map((_, i) => i);
  const next = random(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { features, labels } = examples[index]!;
      for (let h = 0; h < heads; h++) {
        const y = labels[h];
        if (y === null || y === undefined) continue;
        const w = weights[h]!;
        const g2 = squares[h]!;
        let z = bias[h]!;
        for (const f of features) z += w[f & mask]!;
        const p = 1 / (1 + Math.exp(-z));
        const g = p - y;
        biasSquares[h] = biasSquares[h]! + g * g;
        bias[h] = bias[h]! - (options.rate * g) / Math.sqrt(biasSquares[h]! + 1e-8);
        const allowed = keep?.[h];
        for (const f of features) {
          const k = f & mask;
          if (allowed && allowed[k] === 0) continue;
          const grad = g + options.l2 * w[k]!;
          g2[k] = g2[k]! + grad * grad;
          w[k] = w[k]! - (options.rate * grad) / Math.sqrt(g2[k]! + 1e-8);
        }
      }
    }
  }
  return { weights, bias };
}

/**
 * The mean of models trained alike in all but their seed (the order the examples come in). For linear models the mean
 * of the weights is the mean of the logits: an ensemble that costs no more to ship than one model. One seed's order
 * moved held-out figures by up to 0.04 (REPORT.md, Amendment 9); the mean of a few is steadier.
 */
export function trainAveraged(examples: readonly Example[], heads: number, options: TrainOptions, seeds: number, keep?: Uint8Array[]): Trained {
  const models = Array.from({ length: seeds }, (_, i) => train(examples, heads, { ...options, seed: options.seed + i }, keep));
  if (models.length === 1) return models[0]!;
  const mean = (arrays: readonly Float64Array[]): Float64Array => {
    const out = new Float64Array(arrays[0]!.length);
    for (const a of arrays) for (let k = 0; k < a.length; k++) out[k] = out[k]! + a[k]! / arrays.length;
    return out;
  };
  return {
    weights: Array.from({ length: heads }, (_, h) => mean(models.map((m) => m.weights[h]!))),
    bias: mean(models.map((m) => m.bias)),
  };
}

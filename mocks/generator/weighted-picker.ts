import type { Rng } from './prng.ts';

/**
 * Draws an index with probability proportional to its weight, in O(1) (Walker's alias
 * method): the generator draws tens of millions of these for a million reports.
 */
export interface WeightedPicker {
  readonly size: number;
  pick(rng: Rng): number;
}

export function createWeightedPicker(weights: readonly number[]): WeightedPicker {
  const n = weights.length;
  if (n === 0) throw new Error('createWeightedPicker: no weights');
  const sum = weights.reduce((s, w) => s + Math.max(0, w), 0);
  if (!(sum > 0)) throw new Error('createWeightedPicker: weights sum to zero');
  const prob = new Float64Array(n);
  const alias = new Uint32Array(n);
  const scaled = weights.map((w) => (Math.max(0, w) * n) / sum);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length && large.length) {
    const s = small.pop() as number;
    const l = large.pop() as number;
    prob[s] = scaled[s] as number;
    alias[s] = l;
    scaled[l] = (scaled[l] as number) + (scaled[s] as number) - 1;
    (scaled[l] < 1 ? small : large).push(l);
  }
  for (const i of [...small, ...large]) prob[i] = 1;
  return {
    size: n,
    pick(rng) {
      const i = Math.floor(rng.next() * n);
      return rng.next() < (prob[i] as number) ? i : (alias[i] as number);
    },
  };
}

/** Picks weights keyed by name (e.g. an enum's values), returning the index in `keys`. */
export function pickerFor<K extends string>(
  keys: readonly K[],
  weights: Partial<Record<K, number>>,
): WeightedPicker {
  return createWeightedPicker(keys.map((k) => weights[k] ?? 0));
}

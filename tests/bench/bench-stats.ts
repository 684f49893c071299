/** Small statistics shared by the benchmarks. */

export interface Distribution {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

export const round1 = (x: number) => Math.round(x * 10) / 10;

/** The nearest-rank quantile of `xs` (NaN when empty). */
export function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i] as number;
}

export function distribution(xs: readonly number[]): Distribution {
  return {
    n: xs.length,
    median: round1(quantile(xs, 0.5)),
    p95: round1(quantile(xs, 0.95)),
    min: round1(xs.length ? Math.min(...xs) : Number.NaN),
    max: round1(xs.length ? Math.max(...xs) : Number.NaN),
  };
}

/** Total length of the union of intervals (overlaps counted once). */
export function unionLength(intervals: readonly (readonly [number, number])[]): number {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let start = Number.NEGATIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const [a, b] of sorted) {
    if (a > end) {
      if (end > start) total += end - start;
      start = a;
      end = b;
    } else end = Math.max(end, b);
  }
  if (end > start) total += end - start;
  return total;
}

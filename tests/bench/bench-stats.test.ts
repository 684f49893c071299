import { describe, expect, it } from 'vitest';
import { distribution, quantile, unionLength } from './bench-stats.ts';

describe('benchmark statistics', () => {
  it('takes nearest-rank quantiles', () => {
    const xs = Array.from({ length: 20 }, (_, i) => 20 - i); // 20..1, unsorted on purpose
    expect(quantile(xs, 0.5)).toBe(10);
    expect(quantile(xs, 0.95)).toBe(19);
    expect(quantile([], 0.5)).toBeNaN();
    expect(distribution([3, 1, 2])).toEqual({ n: 3, median: 2, p95: 3, min: 1, max: 3 });
  });

  it("counts the server's parallel work once and its queued work in full", () => {
    // Two requests served at once, then one after a gap: 10 + 5 ms on the clock.
    expect(
      unionLength([
        [0, 10],
        [2, 8],
        [20, 25],
      ]),
    ).toBe(15);
    // Back to back (a single-threaded server working through a queue): they add up.
    expect(
      unionLength([
        [10, 20],
        [0, 10],
      ]),
    ).toBe(20);
    // Empty or reversed intervals (no Server-Timing) count for nothing.
    expect(
      unionLength([
        [5, 5],
        [7, 3],
      ]),
    ).toBe(0);
  });
});

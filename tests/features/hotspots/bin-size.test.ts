import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binRadius,
  MAX_BIN_RADIUS,
  maxVisibleCount,
  MIN_BIN_RADIUS,
  SUPPRESSED_BIN_RADIUS,
} from '../../../src/features/hotspots/lib/bin-size.ts';
import { ANALYST, n, PARTNER, SUPPRESSED } from './fixtures.ts';

describe('binRadius', () => {
  it('draws every suppressed bin at one fixed size, smaller than any shown count', () => {
    expect(binRadius(SUPPRESSED, 10_000, PARTNER)).toBe(SUPPRESSED_BIN_RADIUS);
    expect(binRadius(SUPPRESSED, 12, PARTNER)).toBe(SUPPRESSED_BIN_RADIUS);
    expect(SUPPRESSED_BIN_RADIUS).toBeLessThan(MIN_BIN_RADIUS);
  });

  it('never sizes a partner’s 1..k−1 by its value, even if the API sent it', () => {
    for (let c = 1; c < PARTNER.k; c++)
      expect(binRadius(n(c), 500, PARTNER)).toBe(SUPPRESSED_BIN_RADIUS);
  });

  it('draws nothing for zero', () => {
    expect(binRadius(n(0), 100, ANALYST)).toBe(0);
  });

  it('grows with the count (area ∝ count) within its limits (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e6 }), (a, b) => {
        const max = Math.max(a, b);
        const ra = binRadius(n(a), max, ANALYST);
        const rb = binRadius(n(b), max, ANALYST);
        expect(ra).toBeGreaterThanOrEqual(MIN_BIN_RADIUS);
        expect(ra).toBeLessThanOrEqual(MAX_BIN_RADIUS);
        if (a <= b) expect(ra).toBeLessThanOrEqual(rb);
      }),
    );
    expect(binRadius(n(400), 400, ANALYST)).toBe(MAX_BIN_RADIUS);
    expect(binRadius(n(100), 400, ANALYST)).toBe(MAX_BIN_RADIUS / 2);
  });

  it('takes the largest count a viewer may see as the top of the size scale', () => {
    expect(maxVisibleCount([n(3), SUPPRESSED, n(40)], PARTNER)).toBe(40);
    expect(maxVisibleCount([n(3), SUPPRESSED], PARTNER)).toBe(0);
    expect(maxVisibleCount([n(3)], ANALYST)).toBe(3);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCountScale,
  classBreaks,
  legendEntries,
  MAX_CLASSES,
} from '../../../src/features/hotspots/lib/count-scale.ts';
import {
  SUPPRESSED_CLASS_NAME,
  ZERO_CLASS_NAME,
} from '../../../src/features/hotspots/lib/palette.ts';
import { ANALYST, n, PARTNER, smallNumbersIn, SUPPRESSED } from './fixtures.ts';

describe('classBreaks', () => {
  it('has no classes for no positive values', () => {
    expect(classBreaks([])).toEqual([]);
    expect(classBreaks([0, 0])).toEqual([]);
  });

  it('gives one class for one value (or many equal values)', () => {
    expect(classBreaks([7])).toEqual([7]);
    expect(classBreaks([42, 42, 42])).toEqual([42]);
  });

  it('breaks a long-tailed range at round numbers, starting at 1', () => {
    expect(classBreaks([1, 3, 40, 700, 5000])).toEqual([1, 10, 100, 1000]);
    expect(classBreaks([1, 30])).toEqual([1, 2, 5, 10, 20]);
  });

  it('copes with a huge range in at most five classes', () => {
    const b = classBreaks([1, 12, 1_000_000_000]);
    expect(b.length).toBeLessThanOrEqual(MAX_CLASSES);
    expect(b[0]).toBe(1);
    expect(b).toEqual([...b].sort((x, y) => x - y));
  });

  it('spaces evenly when every value is within one decade', () => {
    expect(classBreaks([3000, 3210, 3500])).toEqual([3000, 3200, 3400]);
    expect(classBreaks([1, 9])).toEqual([1, 2, 4, 6, 8]);
  });

  it('never starts below the floor (k for partners)', () => {
    const b = classBreaks([11, 15, 400], 11);
    expect(b[0]).toBe(11);
    expect(b.every((x) => x >= 11)).toBe(true);
  });

  it('puts every value in exactly one contiguous class (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 2_000_000_000 }), { minLength: 1, maxLength: 60 }),
        fc.constantFrom(1, 11),
        (raw, floor) => {
          const values = raw.map((v) => Math.max(v, floor));
          const breaks = classBreaks(values, floor);
          expect(breaks.length).toBeGreaterThan(0);
          expect(breaks.length).toBeLessThanOrEqual(MAX_CLASSES);
          expect(breaks[0]).toBeGreaterThanOrEqual(floor);
          expect(breaks[0]).toBeLessThanOrEqual(Math.min(...values));
          for (let i = 1; i < breaks.length; i++) expect(breaks[i]).toBeGreaterThan(breaks[i - 1]!);
          expect(breaks.at(-1)).toBeLessThanOrEqual(Math.max(...values));
        },
      ),
    );
  });
});

describe('buildCountScale', () => {
  it('keeps zero and suppressed out of the numeric classes', () => {
    const scale = buildCountScale([n(0), SUPPRESSED, n(12), n(480)], PARTNER);
    expect(scale.classify(n(0))).toMatchObject({ kind: 'zero', className: ZERO_CLASS_NAME });
    expect(scale.classify(SUPPRESSED)).toMatchObject({
      kind: 'suppressed',
      className: SUPPRESSED_CLASS_NAME,
    });
    const numeric = new Set(scale.ranges.map((r) => r.className));
    expect(numeric.has(ZERO_CLASS_NAME)).toBe(false);
    expect(numeric.has(SUPPRESSED_CLASS_NAME)).toBe(false);
  });

  it('treats a small count a partner should not see as suppressed, even if the API sent it', () => {
    const scale = buildCountScale([n(5), n(40)], PARTNER);
    expect(scale.classify(n(5)).kind).toBe('suppressed');
    expect(scale.hasSuppressed).toBe(true);
    expect(scale.ranges[0]!.min).toBeGreaterThanOrEqual(11);
  });

  it('shows small counts as numbers to analysts', () => {
    const scale = buildCountScale([n(5), n(40)], ANALYST);
    expect(scale.classify(n(5))).toMatchObject({ kind: 'range' });
    expect(scale.hasSuppressed).toBe(false);
  });

  it('handles all zeros: no numeric class, zero in the legend', () => {
    const scale = buildCountScale([n(0), n(0)], ANALYST);
    expect(scale.ranges).toEqual([]);
    expect(scale.hasZero).toBe(true);
    expect(legendEntries(scale, ANALYST).map((e) => e.label)).toEqual(['0']);
  });

  it('classifies every value into the class whose range holds it', () => {
    const counts = [1, 4, 9, 10, 99, 100, 4321].map(n);
    const scale = buildCountScale(counts, ANALYST);
    for (const c of counts) {
      const cls = scale.classify(c);
      expect(cls.kind).toBe('range');
      if (cls.kind === 'range') {
        expect(c.count).toBeGreaterThanOrEqual(cls.range.min);
        expect(c.count).toBeLessThanOrEqual(cls.range.max);
      }
    }
    expect(scale.ranges.at(-1)!.max).toBe(4321);
  });

  it('colours higher classes with higher palette steps', () => {
    const scale = buildCountScale([1, 30, 500, 9000, 70000].map(n), ANALYST);
    const steps = scale.ranges.map((r) => r.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(new Set(steps).size).toBe(steps.length);
  });
});

describe('legendEntries', () => {
  it('lists 0, <k and the classes, low to high, as text', () => {
    const scale = buildCountScale([n(0), SUPPRESSED, n(15), n(230)], PARTNER);
    const labels = legendEntries(scale, PARTNER).map((e) => e.label);
    expect(labels.slice(0, 2)).toEqual(['0', '<11']);
    expect(labels.slice(2)).toEqual(scale.ranges.map((r) => r.label));
    expect(labels[2]).toMatch(/^11–/);
  });

  it('never names a number from 1 to k−1 for a partner (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5_000_000 }), { maxLength: 40 }), (values) => {
        const scale = buildCountScale([...values.map(n), SUPPRESSED], PARTNER);
        const text = legendEntries(scale, PARTNER)
          .map((e) => `${e.label} ${e.description}`)
          .join(' ');
        expect(smallNumbersIn(text)).toEqual([]);
      }),
    );
  });
});

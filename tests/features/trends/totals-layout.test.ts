import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../../src/features/trends/lib/axis-ticks.ts';
import { bucketStarts } from '../../../src/features/trends/lib/interval.ts';
import { alignPrevious, shapeTimeSeries } from '../../../src/features/trends/lib/series-rows.ts';
import {
  areaPath,
  countTicks,
  rowAt,
  TOTALS_MARGIN,
  totalsLayout,
} from '../../../src/features/trends/lib/totals-layout.ts';
import { n, S, timeSeries } from './fixtures.ts';

const days = (counts: (number | null)[], from = '2026-03-01') =>
  timeSeries({
    from,
    to: `2026-03-${String(counts.length).padStart(2, '0')}`,
    buckets: counts.map((c, i) => ({
      start: `2026-03-${String(i + 1).padStart(2, '0')}`,
      total: c === null ? S : n(c),
    })),
  });

const size = { width: 600, height: 300, showCurrent: true, showPrevious: true };

describe('countTicks', () => {
  it.each([
    [0, [0, 1, 2, 3, 4]],
    [6, [0, 2, 4, 6, 8]],
    [1234, [0, 500, 1000, 1500, 2000]],
    [40, [0, 10, 20, 30, 40]],
  ])('for a largest count of %i: %j (whole numbers, the last at or above it)', (max, ticks) => {
    expect(countTicks(max)).toEqual(ticks);
  });
});

describe('totalsLayout', () => {
  it('draws a withheld count as a gap: the area splits in two, a lone count is one point', () => {
    const layout = totalsLayout(shapeTimeSeries(days([5, 8, null, 3, null, 12, 9])), size);
    expect(layout.current.map((run) => run.length)).toEqual([2, 1, 2]);
    // Nothing at the withheld days' x.
    const xs = layout.current.flat().map((p) => p.x);
    expect(xs).not.toContain(layout.xs[2]);
    expect(xs).not.toContain(layout.xs[4]);
  });

  it('scales to the largest count of either period, zero at the bottom of the plot', () => {
    const current = days([10, 20, 30]);
    const previous = days([50, 0, 10]);
    const layout = totalsLayout(alignPrevious(shapeTimeSeries(current), previous), size);
    const bottom = size.height - TOTALS_MARGIN.bottom;
    expect(layout.yTicks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80']);
    expect(layout.yTicks[0]!.y).toBe(bottom);
    expect(layout.previous[0]![1]!.y).toBe(bottom);
    expect(layout.current[0]![2]!.y).toBeCloseTo(bottom - (30 / 80) * (bottom - TOTALS_MARGIN.top));
  });

  it('leaves out a hidden period, and the scale follows what is shown', () => {
    const shaped = alignPrevious(shapeTimeSeries(days([10, 20, 30])), days([500, 0, 10]));
    const layout = totalsLayout(shaped, { ...size, showPrevious: false });
    expect(layout.previous).toEqual([]);
    expect(layout.yTicks.at(-1)!.label).toBe('40');
  });

  it('labels the same buckets as the Recharts chart, each under its band', () => {
    const series = days(Array.from({ length: 28 }, (_, i) => i));
    const layout = totalsLayout(shapeTimeSeries(series), size);
    const plotWidth = size.width - TOTALS_MARGIN.left - TOTALS_MARGIN.right;
    const expected = axisTicks(bucketStarts(series.from, series.to, 'day'), 'day', plotWidth);
    expect(layout.xTicks).toHaveLength(expected.length);
    expect(layout.xTicks[0]).toEqual({ x: layout.xs[0], label: '1 Mar' });
  });

  it('finds the bucket under an x position, clamped to the ends', () => {
    const layout = totalsLayout(shapeTimeSeries(days([1, 2, 3, 4])), size);
    expect(rowAt(layout, layout.xs[2]!)).toBe(2);
    expect(rowAt(layout, 0)).toBe(0);
    expect(rowAt(layout, 10_000)).toBe(3);
  });
});

describe('areaPath', () => {
  it('closes the area along the baseline under the first and last points', () => {
    expect(
      areaPath(
        [
          { x: 10, y: 5 },
          { x: 20, y: 7 },
        ],
        100,
      ),
    ).toBe('M10.0,5.0L20.0,7.0L20.0,100L10.0,100Z');
    expect(areaPath([], 100)).toBe('');
  });
});

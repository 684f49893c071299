import { describe, expect, it } from 'vitest';
import {
  alignPrevious,
  seriesValues,
  shapeTimeSeries,
  shareOfBucket,
  TOTAL_KEY,
} from '../../../src/features/trends/lib/series-rows.ts';
import { stackRows, unstackedRows } from '../../../src/features/trends/lib/stack.ts';
import { n, S, timeSeries } from './fixtures.ts';

describe('shapeTimeSeries: zero, suppressed and missing stay apart', () => {
  const shaped = shapeTimeSeries(
    timeSeries({
      from: '2026-03-01',
      to: '2026-03-05',
      buckets: [
        { start: '2026-03-01', total: n(4) },
        { start: '2026-03-02', total: n(0) },
        { start: '2026-03-03', total: S },
        // 4 March: the server sent nothing.
        { start: '2026-03-05', total: n(12) },
      ],
    }),
  );

  it('keeps a real 0 as 0 and a suppressed count as null marked suppressed', () => {
    expect(shaped.rows.map((r) => r.total)).toEqual([
      { count: 4, state: 'value' },
      { count: 0, state: 'value' },
      { count: null, state: 'suppressed' },
      { count: null, state: 'missing' },
      { count: 12, state: 'value' },
    ]);
  });

  it('fills a bucket the server left out as no data, never 0', () => {
    expect(shaped.rows.map((r) => r.start)).toEqual([
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
    ]);
    expect(seriesValues(shaped)).toEqual([4, 0, null, null, 12]);
  });

  it('names an ungrouped series "Reports"', () => {
    expect(shaped.series).toEqual([{ key: TOTAL_KEY, label: 'Reports' }]);
  });
});

describe('shapeTimeSeries: groups and clipped buckets', () => {
  const shaped = shapeTimeSeries(
    timeSeries({
      from: '2026-03-04',
      to: '2026-03-10',
      interval: 'week',
      groupBy: 'platform',
      groups: [
        { key: 'social_media', label: 'Social media' },
        { key: 'dating_app', label: 'Dating app' },
      ],
      buckets: [
        // A server that starts the clipped first week on `from`, not on its Monday.
        { start: '2026-03-04', total: n(30), groups: { social_media: n(20), dating_app: S } },
        { start: '2026-03-09', total: n(15), groups: { social_media: n(15) } },
      ],
    }),
  );

  it('lines server buckets up by the bucket their start falls in', () => {
    expect(shaped.rows.map((r) => [r.start, r.from, r.to, r.label])).toEqual([
      ['2026-03-02', '2026-03-04', '2026-03-08', '4–8 Mar 2026'],
      ['2026-03-09', '2026-03-09', '2026-03-10', '9–10 Mar 2026'],
    ]);
    expect(shaped.rows[0]?.cells.social_media).toEqual({ count: 20, state: 'value' });
  });

  it('reads a group absent from a bucket as no data', () => {
    expect(shaped.rows[0]?.cells.dating_app?.state).toBe('suppressed');
    expect(shaped.rows[1]?.cells.dating_app?.state).toBe('missing');
  });

  it('gives shares of the bucket only where both are numbers', () => {
    const [first] = shaped.rows;
    expect(shareOfBucket(first!.cells.social_media!, first!.total)).toBeCloseTo(2 / 3);
    expect(shareOfBucket(first!.cells.dating_app!, first!.total)).toBeNull();
    expect(shareOfBucket({ count: 0, state: 'value' }, { count: 0, state: 'value' })).toBeNull();
  });
});

describe('alignPrevious', () => {
  const current = shapeTimeSeries(
    timeSeries({
      from: '2026-03-04',
      to: '2026-03-06',
      buckets: ['2026-03-04', '2026-03-05', '2026-03-06'].map((start) => ({ start, total: n(10) })),
    }),
  );

  it('pairs day n of this period with day n of the previous one', () => {
    const previous = timeSeries({
      from: '2026-03-01',
      to: '2026-03-03',
      buckets: [
        { start: '2026-03-01', total: n(5) },
        { start: '2026-03-02', total: S },
      ],
    });
    const rows = alignPrevious(current, previous).rows;
    expect(rows.map((r) => [r.start, r.previous?.from, r.previous?.total])).toEqual([
      ['2026-03-04', '2026-03-01', { count: 5, state: 'value' }],
      ['2026-03-05', '2026-03-02', { count: null, state: 'suppressed' }],
      ['2026-03-06', '2026-03-03', { count: null, state: 'missing' }],
    ]);
  });

  it('has no previous bucket past the previous period’s end', () => {
    const short = timeSeries({
      from: '2026-03-03',
      to: '2026-03-03',
      buckets: [{ start: '2026-03-03', total: n(1) }],
    });
    expect(alignPrevious(current, short).rows.map((r) => r.previous?.total.count)).toEqual([
      1,
      undefined,
      undefined,
    ]);
  });

  it('does not align a previous series of another interval (a refetch in flight)', () => {
    const weekly = timeSeries({
      from: '2026-02-01',
      to: '2026-03-03',
      interval: 'week',
      buckets: [],
    });
    expect(alignPrevious(current, weekly).rows.every((r) => r.previous === undefined)).toBe(true);
  });
});

describe('stacking never stands a series on a withheld count', () => {
  const rows = shapeTimeSeries(
    timeSeries({
      from: '2026-03-01',
      to: '2026-03-02',
      groupBy: 'urgency',
      groups: ['a', 'b', 'c'].map((key) => ({ key, label: key })),
      buckets: [
        { start: '2026-03-01', total: n(60), groups: { a: n(40), b: S, c: n(12) } },
        { start: '2026-03-02', total: n(0), groups: { a: n(0), b: n(0), c: n(0) } },
      ],
    }),
  ).rows;

  it('stops the stack at the first unknown cell', () => {
    expect(stackRows(rows, ['a', 'b', 'c']).map((r) => r.counts)).toEqual([
      { a: 40, b: null, c: null },
      { a: 0, b: 0, c: 0 },
    ]);
  });

  it('restacks without hidden series', () => {
    expect(stackRows(rows, ['a', 'c'])[0]?.counts).toEqual({ a: 40, c: 12 });
  });

  it('leaves lines their own values', () => {
    expect(unstackedRows(rows, ['a', 'b', 'c'])[0]?.counts).toEqual({ a: 40, b: null, c: 12 });
  });
});

import { describe, expect, it } from 'vitest';
import { breakdownFromSeries } from '../../../src/features/trends/lib/series-breakdown.ts';
import { n, S, timeSeries } from './fixtures.ts';

const groups = [
  { key: 'online', label: 'Online' },
  { key: 'physical', label: 'In person' },
  { key: '__other__', label: 'Other' },
];

describe('breakdownFromSeries', () => {
  it("adds up each group's buckets, largest first and 'Other' last, with the series' total", () => {
    const b = breakdownFromSeries({
      ...timeSeries({
        from: '2026-03-01',
        to: '2026-03-02',
        groupBy: 'setting',
        groups,
        buckets: [
          {
            start: '2026-03-01',
            total: n(40),
            groups: { online: n(5), physical: n(20), __other__: n(15) },
          },
          { start: '2026-03-02', total: n(30), groups: { online: n(10), physical: n(10) } },
        ],
      }),
      total: n(70),
    });
    expect(b?.dimension).toBe('setting');
    expect(b?.items.map((i) => [i.key, i.count.count])).toEqual([
      ['physical', 30],
      ['online', 15],
      ['__other__', 15],
    ]);
    expect(b?.total).toEqual(n(70));
  });

  it('withholds a group with a withheld bucket rather than adding it as 0', () => {
    const b = breakdownFromSeries(
      timeSeries({
        from: '2026-03-01',
        to: '2026-03-02',
        groupBy: 'setting',
        groups: groups.slice(0, 2),
        buckets: [
          { start: '2026-03-01', total: n(25), groups: { online: S, physical: n(20) } },
          { start: '2026-03-02', total: n(12), groups: { online: n(12), physical: n(0) } },
        ],
      }),
    );
    expect(b?.items.map((i) => [i.key, i.count])).toEqual([
      ['physical', n(20)],
      ['online', S],
    ]);
  });

  it('is nothing for a series that is not grouped', () => {
    expect(
      breakdownFromSeries(
        timeSeries({
          from: '2026-03-01',
          to: '2026-03-01',
          groupBy: null,
          groups: [],
          buckets: [],
        }),
      ),
    ).toBeUndefined();
  });
});

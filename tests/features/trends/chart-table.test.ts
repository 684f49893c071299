import { describe, expect, it } from 'vitest';
import { breakdownTable, trendTable } from '../../../src/features/trends/lib/chart-table.ts';
import { alignPrevious, shapeTimeSeries } from '../../../src/features/trends/lib/series-rows.ts';
import { toCsv } from '../../../src/lib/csv.ts';
import { breakdown, n, S, timeSeries } from './fixtures.ts';

const grouped = timeSeries({
  from: '2026-03-01',
  to: '2026-03-03',
  groupBy: 'platform',
  groups: [
    { key: 'social_media', label: 'Social media' },
    { key: 'dating_app', label: '=cmd|calc' },
  ],
  buckets: [
    { start: '2026-03-01', total: n(1200), groups: { social_media: n(1200), dating_app: n(0) } },
    { start: '2026-03-02', total: n(40), groups: { social_media: n(35), dating_app: S } },
  ],
});

describe('trendTable', () => {
  it('reads 0 as 0, withheld as "<k" and missing as "No data"', () => {
    const t = trendTable(shapeTimeSeries(grouped), {
      caption: 'Reports',
      visibleKeys: ['social_media', 'dating_app'],
      k: 11,
      compare: false,
    });
    expect(t.columns.map((c) => c.label)).toEqual(['Social media', '=cmd|calc', 'All reports']);
    expect(t.rows.map((r) => [r.header, ...r.cells.map((c) => c.text)])).toEqual([
      ['1 Mar 2026', '1,200', '0', '1,200'],
      ['2 Mar 2026', '35', '<11', '40'],
      ['3 Mar 2026', 'No data', 'No data', 'No data'],
    ]);
    expect(t.note).toBe('Counts from 1 to 10 are withheld and shown as <11.');
  });

  it('writes the same data as CSV: plain numbers, "<k", empty for no data, labels defused', () => {
    const t = trendTable(shapeTimeSeries(grouped), {
      caption: 'Reports',
      visibleKeys: ['social_media', 'dating_app'],
      k: 11,
      compare: false,
    });
    expect(toCsv(t.csv)).toBe(
      [
        "Period start,Period end,Social media,'=cmd|calc,All reports",
        '2026-03-01,2026-03-01,1200,0,1200',
        '2026-03-02,2026-03-02,35,<11,40',
        '2026-03-03,2026-03-03,,,',
        '',
      ].join('\r\n'),
    );
  });

  it('leaves hidden series out and adds the previous period with the change', () => {
    const previous = timeSeries({
      from: '2026-02-26',
      to: '2026-02-28',
      buckets: [
        { start: '2026-02-26', total: n(1000) },
        { start: '2026-02-27', total: S },
      ],
    });
    const t = trendTable(alignPrevious(shapeTimeSeries(grouped), previous), {
      caption: 'Reports',
      visibleKeys: ['social_media'],
      k: 11,
      compare: true,
    });
    expect(t.columns.map((c) => c.label)).toEqual([
      'Social media',
      'All reports',
      'Previous period',
      'Change',
    ]);
    expect(t.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['1,200', '1,200', '1,000', '+20%'],
      ['35', '40', '<11', 'Not comparable'],
      ['No data', 'No data', 'No data', 'No data'],
    ]);
  });
});

describe('breakdownTable', () => {
  it('gives counts and shares, withheld shares left blank', () => {
    const b = breakdown(
      'platform',
      [
        ['social_media', 'Social media', n(30)],
        ['dating_app', 'Dating app', S],
        ['classifieds', 'Classified ads', n(0)],
      ],
      n(40),
    );
    const t = breakdownTable(b, { caption: 'By platform', dimensionLabel: 'Platform', k: 11 });
    expect(t.rows.map((r) => [r.key, r.header, ...r.cells.map((c) => c.text)])).toEqual([
      ['social_media', 'Social media', '30', '75%'],
      ['dating_app', 'Dating app', '<11', '—'],
      ['classifieds', 'Classified ads', '0', '0%'],
    ]);
    expect(t.csv[2]).toEqual(['dating_app', 'Dating app', '<11', null]);
  });
});

describe('trendTable without a split', () => {
  it('has one "Reports" column and no total repeated', () => {
    const ts = timeSeries({
      from: '2026-03-01',
      to: '2026-03-01',
      buckets: [{ start: '2026-03-01', total: n(7) }],
    });
    const t = trendTable(shapeTimeSeries(ts), {
      caption: 'Reports',
      visibleKeys: ['__total__'],
      k: 11,
      compare: false,
    });
    expect(t.columns.map((c) => c.label)).toEqual(['Reports']);
    expect(t.rows[0]?.cells.map((c) => c.text)).toEqual(['7']);
    expect(t.note).toBeUndefined();
  });
});

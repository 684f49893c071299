import { describe, expect, it } from 'vitest';
import {
  headlineBreakdownRequests,
  headlineSeriesRequests,
} from '../../../src/features/trends/api/headline-queries.ts';
import { trendSeriesRequests } from '../../../src/features/trends/api/trend-queries.ts';
import {
  overviewFigures,
  totalsOnly,
  type OverviewAnswers,
} from '../../../src/features/trends/lib/overview-figures.ts';
import { breakdown, n, S, timeSeries } from './fixtures.ts';

const period = { from: '2026-03-01', to: '2026-03-02' };
const days = (
  groupBy: 'urgency' | 'setting' | 'platform' | 'exploitationType' | null,
  g: [string, [number, number]][],
  totals: [number, number],
) =>
  timeSeries({
    ...period,
    groupBy,
    groups: g.map(([key]) => ({ key, label: key })),
    buckets: [0, 1].map((i) => ({
      start: i === 0 ? '2026-03-01' : '2026-03-02',
      total: n(totals[i]!),
      groups: Object.fromEntries(g.map(([key, v]) => [key, n(v[i]!)])),
    })),
  });

const answers: OverviewAnswers = {
  series: {
    urgency: days(
      'urgency',
      [
        ['high', [20, 10]],
        ['low', [80, 30]],
      ],
      [100, 40],
    ),
    setting: days('setting', [['online', [50, 40]]], [100, 40]),
    platform: days(
      'platform',
      [
        ['dating_app', [60, 12]],
        ['social_media', [30, 20]],
      ],
      [100, 40],
    ),
    exploitationType: days('exploitationType', [['sexual', [70, 30]]], [100, 40]),
    minors: { ...days(null, [], [25, 0]), total: n(25) },
  },
  current: {
    urgency: breakdown(
      'urgency',
      [
        ['high', 'High', n(30)],
        ['low', 'Low', n(110)],
      ],
      n(140),
    ),
    setting: breakdown('setting', [['online', 'Online', n(90)]], n(140)),
    platform: breakdown(
      'platform',
      [
        ['dating_app', 'Dating app', n(72)],
        ['social_media', 'Social media', n(50)],
      ],
      n(140),
    ),
    exploitationType: breakdown(
      'exploitationType',
      [['sexual', 'Sexual exploitation', n(100)]],
      n(140),
    ),
  },
  minors: 'query',
};

describe('the overview figures', () => {
  it('draw each sparkline from its own series', () => {
    const figures = overviewFigures(answers, 11);
    const by = (id: string) => figures.find((f) => f.id === id)!;
    expect(by('reports').sparkline).toEqual([100, 40]);
    expect(by('urgent').sparkline).toEqual([0.2, 0.25]);
    expect(by('online').sparkline).toEqual([0.5, 1]);
    expect(by('minors').sparkline).toEqual([0.25, 0]);
    expect(by('platform')).toMatchObject({ value: 'Dating app', sparkline: [60, 12] });
    expect(by('exploitationType').sparkline).toEqual([70, 30]);
    expect(by('minors').value).toBe('18%');
    // No previous period: nothing to compare with.
    expect(by('reports').change).toEqual({ kind: 'not-comparable', reason: 'missing' });
  });

  it('compare with the previous period, and read minors as every report under a minors-only filter', () => {
    const figures = overviewFigures(
      {
        ...answers,
        minors: 'all',
        series: { ...answers.series, minors: undefined },
        previous: {
          ...answers.current,
          urgency: breakdown(
            'urgency',
            [
              ['high', 'High', n(14)],
              ['low', 'Low', n(56)],
            ],
            n(70),
          ),
        },
      },
      11,
    );
    const by = (id: string) => figures.find((f) => f.id === id)!;
    expect(by('reports').change).toEqual({ kind: 'percent', ratio: 1 });
    expect(by('minors')).toMatchObject({ value: '100%', sparkline: [1, 1] });
  });

  it('never draw a withheld count as a number', () => {
    const withheld = {
      ...answers,
      series: {
        ...answers.series,
        urgency: timeSeries({
          ...period,
          buckets: [
            { start: '2026-03-01', total: S },
            { start: '2026-03-02', total: n(40) },
          ],
        }),
      },
    };
    expect(overviewFigures(withheld, 11).find((f) => f.id === 'reports')!.sparkline).toEqual([
      null,
      40,
    ]);
    expect(totalsOnly(answers.series.urgency)).toMatchObject({ groupBy: null, groups: [] });
    expect(totalsOnly(answers.series.urgency).buckets.map((b) => b.groups)).toEqual([{}, {}]);
  });
});

describe('what is asked for', () => {
  const filters = { from: '2026-03-01', to: '2026-03-31' };
  const month = { from: '2026-03-01', to: '2026-03-31' };

  it('on /trends: one split series, the top ten countries, and a total for the previous period', () => {
    const r = trendSeriesRequests({
      filters,
      period: month,
      interval: 'day',
      split: 'country',
      compare: true,
    });
    expect(r.current).toEqual({ filters, interval: 'day', groupBy: 'country', groupLimit: 10 });
    expect(r.previous).toEqual({
      filters: { from: '2026-01-29', to: '2026-02-28' },
      interval: 'day',
      groupBy: null,
      groupLimit: null,
    });
    expect(
      trendSeriesRequests({
        filters,
        period: month,
        interval: 'day',
        split: 'platform',
        compare: false,
      }),
    ).toMatchObject({
      current: { groupLimit: null },
      previous: null,
    });
  });

  it('on the overview: nothing for minors under an adult-only age filter, no previous for all time', () => {
    const adults = { ...filters, ageBand: ['30-38' as const] };
    expect(
      headlineSeriesRequests({
        filters: adults,
        period: month,
        interval: 'day',
        exactCounts: false,
      }).minors,
    ).toBeNull();
    expect(
      headlineBreakdownRequests({
        filters: adults,
        period: month,
        interval: 'day',
        exactCounts: false,
      })['previous.minors'],
    ).toBeNull();
    const minorsOnly = { ...filters, ageBand: ['9-17' as const] };
    expect(
      headlineSeriesRequests({
        filters: minorsOnly,
        period: month,
        interval: 'day',
        exactCounts: false,
      }).minors,
    ).toBeNull();
    const allTime = headlineBreakdownRequests({
      filters: {},
      period: month,
      interval: 'day',
      exactCounts: false,
    });
    expect(
      Object.entries(allTime)
        .filter(([, r]) => r !== null)
        .map(([name]) => name),
    ).toEqual(['urgency', 'setting', 'platform', 'exploitationType']);
    expect(
      headlineSeriesRequests({ filters, period: month, interval: 'day', exactCounts: false }).minors
        ?.filters,
    ).toEqual({
      ...filters,
      ageBand: ['0-8', '9-17'],
    });
  });

  it('on the overview with exact counts (analysts): breakdowns read off the series instead', () => {
    const args = { filters, period: month, interval: 'day' as const, exactCounts: true };
    const asked = (r: Record<string, unknown>) =>
      Object.entries(r)
        .filter(([, x]) => x !== null)
        .map(([name]) => name);
    // The urgency breakdown stays: it is the matching-report count's own query.
    expect(asked(headlineBreakdownRequests(args))).toEqual([
      'urgency',
      'previous.setting',
      'previous.platform',
      'previous.exploitationType',
      'previous.minors',
    ]);
    const series = headlineSeriesRequests(args);
    expect(series.previous?.groupBy).toBe('urgency');
    expect(asked(series)).toHaveLength(6);
    expect(
      asked(headlineBreakdownRequests({ ...args, exactCounts: false })).length +
        asked(headlineSeriesRequests({ ...args, exactCounts: false })).length,
    ).toBe(15);
  });
});

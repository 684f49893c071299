import { describe, expect, it } from 'vitest';
import {
  headlineFigures,
  ratioSeries,
  shareSeries,
} from '../../../src/features/trends/lib/headline-figures.ts';
import {
  formatShare,
  minorsQueryFilters,
  shareOf,
  shareOfCounts,
  topItem,
} from '../../../src/features/trends/lib/headline.ts';
import { shapeTimeSeries } from '../../../src/features/trends/lib/series-rows.ts';
import { breakdown, n, S, timeSeries } from './fixtures.ts';

const K = 11;
const urgency = breakdown(
  'urgency',
  [
    ['immediate_danger', 'Immediate danger', n(20)],
    ['high', 'High', n(30)],
    ['medium', 'Medium', n(150)],
  ],
  n(200),
);

describe('shares', () => {
  it('adds urgent and immediate danger over all reports', () => {
    expect(shareOf(urgency, ['immediate_danger', 'high'], K)).toEqual({
      kind: 'exact',
      share: 0.25,
    });
  });

  it('gives a range, not a guess, when a part is withheld', () => {
    const share = shareOfCounts([n(300), S], n(1000), K);
    expect(share).toEqual({ kind: 'range', low: 0.301, high: 0.31 });
    expect(formatShare(share)).toEqual({ text: '30–31%', spoken: 'between 30% and 31%' });
    expect(formatShare(shareOfCounts([n(3000), S], n(10_000), K))).toEqual({
      text: '30%',
      spoken: 'about 30%',
    });
  });

  it('is unavailable without a total to divide by', () => {
    expect(shareOfCounts([n(1)], S, K)).toEqual({ kind: 'unavailable', reason: 'suppressed' });
    expect(shareOfCounts([n(0)], n(0), K)).toEqual({ kind: 'unavailable', reason: 'no-reports' });
  });
});

describe('topItem', () => {
  it('finds the most reported value, ties kept, "other" and "unknown" left out', () => {
    const b = breakdown(
      'platform',
      [
        ['__other__', 'Other', n(500)],
        ['unknown', 'Unknown', n(400)],
        ['social_media', 'Social media', n(120)],
        ['dating_app', 'Dating app', n(120)],
        ['classifieds', 'Classified ads', S],
      ],
      n(900),
    );
    expect(topItem(b)).toEqual({
      kind: 'top',
      items: [
        { key: 'social_media', label: 'Social media' },
        { key: 'dating_app', label: 'Dating app' },
      ],
      count: 120,
    });
  });

  it('does not name a value when every count is withheld', () => {
    expect(topItem(breakdown('platform', [['social_media', 'Social media', S]], S))).toEqual({
      kind: 'unavailable',
      reason: 'suppressed',
    });
    expect(topItem(breakdown('platform', [], n(0)))).toEqual({
      kind: 'unavailable',
      reason: 'no-reports',
    });
  });
});

describe('minorsQueryFilters', () => {
  it('narrows to the minor age bands, or says when it cannot', () => {
    expect(minorsQueryFilters({ from: '2026-01-01' })).toEqual({
      from: '2026-01-01',
      ageBand: ['0-8', '9-17'],
    });
    expect(minorsQueryFilters({ ageBand: ['9-17'] })).toBe('all');
    expect(minorsQueryFilters({ ageBand: ['9-17', '18-20'] })).toBeNull();
  });
});

describe('headlineFigures', () => {
  const inputs = (scale: number) => ({
    urgency: breakdown(
      'urgency',
      [
        ['immediate_danger', 'Immediate danger', n(10 * scale)],
        ['high', 'High', n(10 * scale)],
        ['low', 'Low', n(80 * scale)],
      ],
      n(100 * scale),
    ),
    setting: breakdown(
      'setting',
      [
        ['online', 'Online', n(50 * scale)],
        ['both', 'Both', n(10 * scale)],
      ],
      n(100 * scale),
    ),
    platform: breakdown('platform', [['dating_app', 'Dating app', n(40 * scale)]], n(100 * scale)),
    exploitationType: breakdown(
      'exploitationType',
      [['sexual', 'Sexual exploitation', S]],
      n(100 * scale),
    ),
    minors: n(25 * scale),
  });

  it('computes all six, with their changes', () => {
    const figures = headlineFigures(inputs(2), inputs(1), K);
    expect(figures.map((f) => [f.id, f.value, f.change])).toEqual([
      ['reports', '200', { kind: 'percent', ratio: 1 }],
      ['urgent', '20%', { kind: 'points', points: 0 }],
      ['online', '60%', { kind: 'points', points: 0 }],
      ['minors', '25%', { kind: 'points', points: 0 }],
      ['platform', 'Dating app', { kind: 'percent', ratio: 1 }],
      ['exploitationType', '—', { kind: 'not-comparable', reason: 'suppressed' }],
    ]);
    expect(figures.find((f) => f.id === 'platform')?.topKey).toBe('dating_app');
  });

  it('shows a withheld total as "<k" and says "fewer than k"', () => {
    const small = { ...inputs(1), urgency: breakdown('urgency', [], S) };
    const [reports] = headlineFigures(small, undefined, K);
    expect(reports).toMatchObject({
      value: '<11',
      spokenValue: 'fewer than 11',
      change: { kind: 'not-comparable', reason: 'suppressed' },
    });
  });
});

describe('sparkline series', () => {
  const grouped = shapeTimeSeries(
    timeSeries({
      from: '2026-03-01',
      to: '2026-03-03',
      groupBy: 'urgency',
      groups: [
        { key: 'high', label: 'High' },
        { key: 'immediate_danger', label: 'Immediate danger' },
      ],
      buckets: [
        { start: '2026-03-01', total: n(100), groups: { high: n(20), immediate_danger: n(30) } },
        { start: '2026-03-02', total: n(100), groups: { high: n(20), immediate_danger: S } },
        { start: '2026-03-03', total: n(0), groups: { high: n(0), immediate_danger: n(0) } },
      ],
    }),
  );

  it('has a gap wherever a part is withheld or the bucket is empty', () => {
    expect(shareSeries(grouped, ['high', 'immediate_danger'])).toEqual([0.5, null, null]);
  });

  it('divides one series by another bucket by bucket', () => {
    const minors = shapeTimeSeries(
      timeSeries({
        from: '2026-03-01',
        to: '2026-03-03',
        buckets: [
          { start: '2026-03-01', total: n(25) },
          { start: '2026-03-02', total: S },
        ],
      }),
    );
    expect(ratioSeries(minors, grouped)).toEqual([0.25, null, null]);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  allowedIntervals,
  bucketCount,
  bucketEndOf,
  bucketLabel,
  bucketStartOf,
  bucketStarts,
  chooseInterval,
  dayCount,
  formatDayRange,
  previousPeriod,
} from '../../../src/features/trends/lib/interval.ts';
import { addDaysUtc } from '../../../src/lib/dates.ts';

describe('chooseInterval', () => {
  it('uses days up to 90 days, both ends counted', () => {
    expect(dayCount('2026-01-01', '2026-01-01')).toBe(1);
    expect(chooseInterval('2026-01-01', '2026-03-31')).toBe('day'); // 90 days
    expect(chooseInterval('2026-01-01', '2026-04-01')).toBe('week'); // 91 days
  });

  it('uses weeks up to two calendar years, months beyond', () => {
    expect(chooseInterval('2024-01-01', '2025-12-31')).toBe('week'); // 731 days, a leap year
    expect(chooseInterval('2024-01-01', '2026-01-01')).toBe('month');
    expect(chooseInterval('2020-01-01', '2026-01-01')).toBe('month');
  });

  it('never gets finer as the range grows', () => {
    const rank = { day: 0, week: 1, month: 2 } as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        const from = '2023-05-17';
        return (
          rank[chooseInterval(from, addDaysUtc(from, short))] <=
          rank[chooseInterval(from, addDaysUtc(from, long))]
        );
      }),
    );
  });
});

describe('buckets', () => {
  it('starts weeks on Monday and months on the 1st', () => {
    expect(bucketStartOf('2026-03-04', 'week')).toBe('2026-03-02'); // a Wednesday
    expect(bucketStartOf('2026-03-08', 'week')).toBe('2026-03-02'); // a Sunday
    expect(bucketStartOf('2026-03-02', 'week')).toBe('2026-03-02');
    expect(bucketStartOf('2026-03-31', 'month')).toBe('2026-03-01');
    expect(bucketEndOf('2024-02-01', 'month')).toBe('2024-02-29');
  });

  it('lists every bucket touching the range', () => {
    expect(bucketStarts('2026-03-04', '2026-03-16', 'week')).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
    ]);
    expect(bucketStarts('2025-12-15', '2026-02-01', 'month')).toEqual([
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
  });

  it('counts buckets the same way it lists them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom('day', 'week', 'month' as const),
        (offset, length, interval) => {
          const from = addDaysUtc('2024-01-01', offset);
          const to = addDaysUtc(from, length);
          return bucketCount(from, to, interval) === bucketStarts(from, to, interval).length;
        },
      ),
    );
  });

  it('offers only intervals that fit the chart, always the default', () => {
    expect(allowedIntervals('2026-01-01', '2026-01-31', 100)).toEqual(['day', 'week']);
    expect(allowedIntervals('2020-01-01', '2025-12-31', 400)).toEqual(['week', 'month']);
    expect(allowedIntervals('2026-01-01', '2026-01-03', 100)).toEqual(['day']);
  });
});

describe('previousPeriod', () => {
  it('has the same length and ends the day before', () => {
    expect(previousPeriod('2026-03-01', '2026-03-30')).toEqual({
      from: '2026-01-30',
      to: '2026-02-28',
    });
    expect(previousPeriod('2026-03-05', '2026-03-05')).toEqual({
      from: '2026-03-04',
      to: '2026-03-04',
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 1500 }),
        (offset, length) => {
          const from = addDaysUtc('2015-01-01', offset);
          const to = addDaysUtc(from, length);
          const prev = previousPeriod(from, to);
          return (
            dayCount(prev.from, prev.to) === dayCount(from, to) && addDaysUtc(prev.to, 1) === from
          );
        },
      ),
    );
  });
});

describe('labels', () => {
  it('names the days a bucket covers', () => {
    expect(formatDayRange('2026-03-02', '2026-03-08')).toBe('2–8 Mar 2026');
    expect(formatDayRange('2026-02-28', '2026-03-06')).toBe('28 Feb – 6 Mar 2026');
    expect(formatDayRange('2025-12-29', '2026-01-04')).toBe('29 Dec 2025 – 4 Jan 2026');
    expect(bucketLabel('2026-03-01', '2026-03-01', '2026-03-31', 'month')).toBe('Mar 2026');
    expect(bucketLabel('2026-03-01', '2026-03-10', '2026-03-31', 'month')).toBe('10–31 Mar 2026');
  });
});

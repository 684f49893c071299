import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bucketCount, isoWeekOf, isoWeekStart, planBuckets } from '../../mocks/db/time-buckets.ts';
import { dayNumber } from '../../mocks/generator/time-profile.ts';
import { dayFromEpoch, weekdayOf } from '../../src/lib/dates.ts';

describe('ISO weeks', () => {
  it.each([
    ['2021-01-03', 2020, 53],
    ['2021-01-04', 2021, 1],
    ['2024-12-29', 2024, 52],
    ['2024-12-30', 2025, 1],
    ['2026-01-01', 2026, 1],
    ['2027-01-01', 2026, 53],
    ['2020-12-31', 2020, 53],
  ])('%s is in %i-W%i', (day, year, week) => {
    expect(isoWeekOf(dayNumber(day))).toEqual({ year, week });
  });

  it('weeks start on Monday', () => {
    expect(dayFromEpoch(isoWeekStart(dayNumber('2026-01-31')))).toBe('2026-01-26');
    expect(dayFromEpoch(isoWeekStart(dayNumber('2026-01-26')))).toBe('2026-01-26');
    expect(dayFromEpoch(isoWeekStart(dayNumber('2026-02-01')))).toBe('2026-01-26');
    expect(weekdayOf(dayNumber('2026-01-26'))).toBe(0);
  });
});

describe('bucket plans', () => {
  it('cover every day of the range exactly once, in order, each in its own period', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('2019-01-01'), max: dayNumber('2027-12-31') }),
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom('day', 'week', 'month' as const),
        (from, length, interval) => {
          const to = from + length;
          const plan = planBuckets(from, to, interval);
          expect(plan.starts.length).toBe(bucketCount(from, to, interval));
          // Plain checks in the loop (expect() per day would be slow), one assertion at the end.
          const problems: string[] = [];
          let previous = -1;
          for (let d = from; d <= to; d++) {
            const b = plan.bucketOf(d);
            if (b !== previous && b !== previous + 1)
              problems.push(`${dayFromEpoch(d)}: bucket ${b} after ${previous}`);
            previous = b;
            const start = plan.starts[b] as number;
            const ok =
              start <= d &&
              (interval === 'day'
                ? start === d
                : interval === 'week'
                  ? d - start < 7 && weekdayOf(start) === 0
                  : dayFromEpoch(start) === `${dayFromEpoch(d).slice(0, 7)}-01`);
            if (!ok) problems.push(`${dayFromEpoch(d)} in bucket starting ${dayFromEpoch(start)}`);
          }
          expect(problems).toEqual([]);
          expect(previous).toBe(plan.starts.length - 1);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('day numbers format back to the same day', () => {
    for (const day of ['1970-01-01', '2000-02-29', '2024-02-29', '2026-12-31', '2100-03-01']) {
      expect(dayFromEpoch(dayNumber(day))).toBe(day);
    }
  });
});

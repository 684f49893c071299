/**
 * Calendar buckets for time series, all UTC: days, ISO weeks (starting on Monday) and
 * months. Days are numbered from 1970-01-01 so bucket maths is integer maths.
 */
import type { Interval } from '../../src/api/contract/aggregate-terms.ts';
import { weekdayOf } from '../../src/lib/dates.ts';
import { DAY_MS } from '../generator/time-profile.ts';

export interface BucketPlan {
  /** First day (day number) of each bucket, aligned to the interval. */
  readonly starts: readonly number[];
  /** Bucket of a day inside the plan's range. */
  bucketOf(dayNo: number): number;
}

function monthIndex(dayNo: number): number {
  const d = new Date(dayNo * DAY_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

function firstDayOfMonthIndex(m: number): number {
  return Date.UTC(Math.floor(m / 12), m % 12, 1) / DAY_MS;
}

/** The Monday that starts the ISO week holding the day. */
export function isoWeekStart(dayNo: number): number {
  return dayNo - weekdayOf(dayNo);
}

/** ISO 8601 week-numbering year and week (1–53) of a day. */
export function isoWeekOf(dayNo: number): { year: number; week: number } {
  // The week belongs to the year that holds its Thursday.
  const thursday = isoWeekStart(dayNo) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1) / DAY_MS;
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

/** How many buckets cover [fromDay, toDay] (both included). */
export function bucketCount(fromDay: number, toDay: number, interval: Interval): number {
  if (toDay < fromDay) return 0;
  switch (interval) {
    case 'day':
      return toDay - fromDay + 1;
    case 'week':
      return Math.floor((toDay - isoWeekStart(fromDay)) / 7) + 1;
    case 'month':
      return monthIndex(toDay) - monthIndex(fromDay) + 1;
  }
}

export function planBuckets(fromDay: number, toDay: number, interval: Interval): BucketPlan {
  const n = bucketCount(fromDay, toDay, interval);
  const starts: number[] = new Array<number>(n);
  switch (interval) {
    case 'day':
      for (let b = 0; b < n; b++) starts[b] = fromDay + b;
      return { starts, bucketOf: (d) => d - fromDay };
    case 'week': {
      const monday = isoWeekStart(fromDay);
      for (let b = 0; b < n; b++) starts[b] = monday + 7 * b;
      return { starts, bucketOf: (d) => Math.floor((d - monday) / 7) };
    }
    case 'month': {
      const m0 = monthIndex(fromDay);
      for (let b = 0; b < n; b++) starts[b] = firstDayOfMonthIndex(m0 + b);
      return { starts, bucketOf: (d) => monthIndex(d) - m0 };
    }
  }
}

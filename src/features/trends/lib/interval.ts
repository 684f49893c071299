import type { Interval } from '../../../api/contract/aggregate-terms.ts';
import {
  addDaysUtc,
  addMonthsUtc,
  dayFromEpoch,
  epochDay,
  formatDay as formatDayUncached,
  weekdayOf,
  type IsoDay,
} from '../../../lib/dates.ts';

/**
 * Calendar arithmetic for time buckets, the same way the intake API buckets: UTC days, ISO
 * weeks starting on Monday, calendar months. A range is always two days, both included.
 */

/** Days in a range, both ends included: 1 Mar → 1 Mar is 1 day. */
export function dayCount(fromDay: IsoDay, toDay: IsoDay): number {
  return epochDay(toDay) - epochDay(fromDay) + 1;
}

/** Up to 90 days as days, up to two years as weeks, months beyond. */
export const DAY_INTERVAL_MAX_DAYS = 90;
export const WEEK_INTERVAL_MAX_YEARS = 2;

/**
 * The default bucket size for a range. "Two years" is calendar years, not 730 days, so
 * 1 Jan 2024 → 31 Dec 2025 (731 days, with a leap day) is still weeks.
 */
export function chooseInterval(fromDay: IsoDay, toDay: IsoDay): Interval {
  if (dayCount(fromDay, toDay) <= DAY_INTERVAL_MAX_DAYS) return 'day';
  const lastWeekDay = addDaysUtc(addMonthsUtc(fromDay, 12 * WEEK_INTERVAL_MAX_YEARS), -1);
  return toDay <= lastWeekDay ? 'week' : 'month';
}

/** The start of the bucket holding `day`: itself, the Monday on or before it, or the 1st. */
export function bucketStartOf(day: IsoDay, interval: Interval): IsoDay {
  if (interval === 'day') return day;
  if (interval === 'month') return `${day.slice(0, 8)}01`;
  const n = epochDay(day);
  return dayFromEpoch(n - weekdayOf(n));
}

/** The last day of the bucket that starts on `start`. */
export function bucketEndOf(start: IsoDay, interval: Interval): IsoDay {
  if (interval === 'day') return start;
  if (interval === 'week') return addDaysUtc(start, 6);
  return addDaysUtc(addMonthsUtc(start, 1), -1);
}

export function nextBucketStart(start: IsoDay, interval: Interval): IsoDay {
  return addDaysUtc(bucketEndOf(start, interval), 1);
}

/** Every bucket start from the one holding `fromDay` to the one holding `toDay`. */
export function bucketStarts(fromDay: IsoDay, toDay: IsoDay, interval: Interval): IsoDay[] {
  const starts: IsoDay[] = [];
  if (interval !== 'month') {
    // Days and weeks are a fixed number of days: count, rather than step through strings.
    const step = interval === 'day' ? 1 : 7;
    const last = epochDay(toDay);
    for (let n = epochDay(bucketStartOf(fromDay, interval)); n <= last; n += step) {
      starts.push(dayFromEpoch(n));
    }
    return starts;
  }
  for (let s = bucketStartOf(fromDay, interval); s <= toDay; s = nextBucketStart(s, interval)) {
    starts.push(s);
  }
  return starts;
}

export function bucketCount(fromDay: IsoDay, toDay: IsoDay, interval: Interval): number {
  const first = epochDay(bucketStartOf(fromDay, interval));
  if (interval === 'day') return dayCount(fromDay, toDay);
  if (interval === 'week') return Math.floor((epochDay(toDay) - first) / 7) + 1;
  const months = (y: IsoDay) => Number(y.slice(0, 4)) * 12 + Number(y.slice(5, 7));
  return months(toDay) - months(fromDay) + 1;
}

const coarser: Record<Interval, Interval | null> = { day: 'week', week: 'month', month: null };

/**
 * The default for a range on a chart that can draw `maxBuckets`: the range's own default,
 * made coarser until it fits (a narrow screen shows 90 days as weeks). Months are the
 * coarsest there is, so a chart narrower than a range's months still gets months.
 */
export function autoInterval(fromDay: IsoDay, toDay: IsoDay, maxBuckets: number): Interval {
  let interval = chooseInterval(fromDay, toDay);
  while (bucketCount(fromDay, toDay, interval) > maxBuckets) {
    const next = coarser[interval];
    if (next === null) break;
    interval = next;
  }
  return interval;
}

/**
 * Intervals an analyst may pick for a range: those that give at least two buckets and no
 * more than the chart can draw (about one bucket per few pixels). The automatic choice is
 * always offered, so the choice is never empty.
 */
export function allowedIntervals(fromDay: IsoDay, toDay: IsoDay, maxBuckets: number): Interval[] {
  const chosen = autoInterval(fromDay, toDay, maxBuckets);
  return (['day', 'week', 'month'] as const).filter((interval) => {
    if (interval === chosen) return true;
    const n = bucketCount(fromDay, toDay, interval);
    return n >= 2 && n <= maxBuckets;
  });
}

/** The period of the same length that ends the day before `fromDay`. */
export function previousPeriod(fromDay: IsoDay, toDay: IsoDay): { from: IsoDay; to: IsoDay } {
  const length = dayCount(fromDay, toDay);
  return { from: addDaysUtc(fromDay, -length), to: addDaysUtc(fromDay, -1) };
}

/**
 * `formatDay`, remembered: a chart labels every bucket on every filter change, and a lookup
 * is cheaper than formatting. Days are few (a decade is under 4,000), so the cache stays small.
 */
const dayNames = new Map<IsoDay, string>();
function formatDay(day: IsoDay): string {
  let name = dayNames.get(day);
  if (name === undefined) {
    name = formatDayUncached(day);
    dayNames.set(day, name);
  }
  return name;
}

const monthYear = (day: IsoDay) => formatDay(day).replace(/^\d+ /, '');
const dayMonth = (day: IsoDay) => formatDay(day).replace(/ \d{4}$/, '');

/** "3 Mar 2026", "2–8 Mar 2026", "28 Feb – 6 Mar 2026", "29 Dec 2025 – 4 Jan 2026". */
export function formatDayRange(fromDay: IsoDay, toDay: IsoDay): string {
  if (fromDay === toDay) return formatDay(fromDay);
  if (fromDay.slice(0, 7) === toDay.slice(0, 7)) {
    return `${Number(fromDay.slice(8))}–${formatDay(toDay)}`;
  }
  if (fromDay.slice(0, 4) === toDay.slice(0, 4))
    return `${dayMonth(fromDay)} – ${formatDay(toDay)}`;
  return `${formatDay(fromDay)} – ${formatDay(toDay)}`;
}

/**
 * The full name of the days a bucket covers within the range: a whole month reads "Mar 2026",
 * a clipped first or last bucket names its actual days so a short bucket is not misread.
 */
export function bucketLabel(
  start: IsoDay,
  fromDay: IsoDay,
  toDay: IsoDay,
  interval: Interval,
): string {
  const whole = fromDay === start && toDay === bucketEndOf(start, interval);
  if (interval === 'month' && whole) return monthYear(start);
  return formatDayRange(fromDay, toDay);
}

/** A short axis tick: "3 Mar" for days and weeks, "Mar 2026" for months. */
export function tickLabel(start: IsoDay, interval: Interval): string {
  return interval === 'month' ? monthYear(start) : dayMonth(start);
}

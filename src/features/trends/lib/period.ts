import type { Filters } from '../../../api/contract/filter-params.ts';
import type { IsoDay } from '../../../lib/dates.ts';
import { dayCount, previousPeriod } from './interval.ts';

/**
 * The days a trend covers. The filters name them, except "all time" (and a custom range
 * open at one end), where the caller's own data range from `/metadata` closes them: the
 * interval, the previous period and the chart's axis all need two real days.
 */

export interface Period {
  from: IsoDay;
  to: IsoDay;
}

export interface DataRange {
  from: IsoDay | null;
  to: IsoDay | null;
}

/** Whether `resolvePeriod` needs `/metadata`'s data range for these filters. */
export function needsDataRange(filters: Filters): boolean {
  return filters.from === undefined || filters.to === undefined;
}

/**
 * Both ends of the period; null while the data range is needed and not known yet. With no
 * visible data at all the period is the one day the filters (or today) name: an empty chart.
 */
export function resolvePeriod(
  filters: Filters,
  dataRange: DataRange | undefined,
  today: IsoDay,
): Period | null {
  if (filters.from !== undefined && filters.to !== undefined)
    return { from: filters.from, to: filters.to };
  if (dataRange === undefined) return null;
  let to = filters.to ?? dataRange.to ?? today;
  let from = filters.from ?? dataRange.from ?? to;
  // An open end beyond the data (from after the last report): one day, not a reversed range.
  if (from > to) {
    if (filters.from !== undefined) to = from;
    else from = to;
  }
  return { from, to };
}

/** The filters with the period's days: what a time series is asked for. */
export function periodFilters(filters: Filters, period: Period): Filters {
  return { ...filters, from: period.from, to: period.to };
}

/**
 * The same filters over the period of the same length just before, or null when the
 * filters have no first day (all time): before the first report there is nothing to
 * compare with, so it is not asked for.
 */
export function previousPeriodFilters(filters: Filters, period: Period): Filters | null {
  if (filters.from === undefined) return null;
  return { ...filters, ...previousPeriod(period.from, period.to) };
}

export function periodDays(period: Period): number {
  return dayCount(period.from, period.to);
}

/** Pixels per bucket below which bars and points merge into a smear. */
export const MIN_BUCKET_PX = 4;
/** The chart's width that is not plot: the y axis and margins. */
const PLOT_INSET_PX = 90;
/** Even a phone-sized chart can show this many. */
const MIN_BUCKETS = 12;

/** How many buckets a chart this wide can show: what limits the interval. */
export function maxBucketsFor(width: number): number {
  return Math.max(MIN_BUCKETS, Math.floor((width - PLOT_INSET_PX) / MIN_BUCKET_PX));
}

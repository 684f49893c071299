import type { UseQueryResult } from '@tanstack/react-query';
import {
  breakdownQueryOptions,
  type BreakdownRequest,
} from '../../../api/aggregates/breakdown-query.ts';
import type { Breakdown, TimeSeries } from '../../../api/contract/aggregate-schemas.ts';
import type { Dimension, Interval } from '../../../api/contract/aggregate-terms.ts';
import type { Filters } from '../../../api/contract/filter-params.ts';
import { minorsQueryFilters } from '../lib/headline.ts';
import { periodFilters, previousPeriodFilters, type Period } from '../lib/period.ts';
import { useBreakdown, useTimeSeries } from './optional-queries.ts';
import { timeSeriesQueryOptions, type TimeSeriesRequest } from './timeseries-query.ts';
import type { Read } from '../../../lib/use-early-query.ts';

/**
 * What the overview asks for: the fewest requests that give six headline figures, their
 * sparklines, their change, and one trend chart.
 *
 * Figures come from breakdowns (exact counts; summing suppressed buckets would not be):
 * urgency (reports, share urgent), setting (share online), platform and exploitation type
 * (the most reported), each for this period and the one before; reports involving minors
 * are one more count (an age-band filter) per period. Sparklines come from time series at
 * the trend chart's interval: grouped by urgency (reports, share urgent, and the trend
 * chart itself, its bucket totals), by setting, platform and exploitation type, and the
 * minors filter's series (whose `total` is also this period's minors count). The trend
 * chart's overlay is the previous period's unsplit series.
 *
 * So 14 requests, 15 with none shared; the current urgency breakdown is the same query as
 * the matching-report count, since current breakdowns take the filters as they are. "All
 * time" has no previous period (6 fewer); an adult-only age filter has no minors (2 fewer).
 *
 * With exact counts (analysts: the contract suppresses only partners' counts) a grouped
 * series added up is its breakdown, so four breakdowns are not asked for: this period's
 * setting, platform and exploitation type come from their sparklines' series, and the
 * previous period's urgency from the trend overlay, grouped by urgency for the purpose
 * (the overlay draws its bucket totals only). 11 requests then, 10 beside the count's.
 */

export interface HeadlineArgs {
  /** `apiFilters` from `useFilters()`. */
  filters: Filters;
  period: Period;
  interval: Interval;
  /** No count is ever withheld (analysts): series added up are exact breakdowns. */
  exactCounts: boolean;
}

type SeriesName = 'urgency' | 'setting' | 'platform' | 'exploitationType' | 'minors' | 'previous';
type FigureDimension = 'urgency' | 'setting' | 'platform' | 'exploitationType';
type BreakdownName = FigureDimension | `previous.${FigureDimension}` | 'previous.minors';

const minorsFilters = (filters: Filters): Filters | null => {
  const m = minorsQueryFilters(filters);
  return typeof m === 'object' ? m : null;
};

export function headlineSeriesRequests(
  a: HeadlineArgs,
): Record<SeriesName, TimeSeriesRequest | null> {
  const series = (filters: Filters, groupBy: Dimension | null): TimeSeriesRequest => ({
    filters,
    interval: a.interval,
    groupBy,
    groupLimit: null,
  });
  const current = periodFilters(a.filters, a.period);
  const minors = minorsFilters(a.filters);
  const previous = previousPeriodFilters(a.filters, a.period);
  return {
    urgency: series(current, 'urgency'),
    setting: series(current, 'setting'),
    platform: series(current, 'platform'),
    exploitationType: series(current, 'exploitationType'),
    minors: minors && series(periodFilters(minors, a.period), null),
    previous: previous && series(previous, a.exactCounts ? 'urgency' : null),
  };
}

export function headlineBreakdownRequests(
  a: HeadlineArgs,
): Record<BreakdownName, BreakdownRequest | null> {
  const previous = previousPeriodFilters(a.filters, a.period);
  const previousMinors = previous && minorsFilters(previous);
  const now = (dimension: FigureDimension): BreakdownRequest => ({ dimension, filters: a.filters });
  const before = (dimension: FigureDimension): BreakdownRequest | null =>
    previous && { dimension, filters: previous };
  // Null: read off a series instead (see above).
  const unlessExact = (r: BreakdownRequest | null) => (a.exactCounts ? null : r);
  return {
    // Always asked: it is the matching-report count's own query, so it costs nothing.
    urgency: now('urgency'),
    setting: unlessExact(now('setting')),
    platform: unlessExact(now('platform')),
    exploitationType: unlessExact(now('exploitationType')),
    'previous.urgency': unlessExact(before('urgency')),
    'previous.setting': before('setting'),
    'previous.platform': before('platform'),
    'previous.exploitationType': before('exploitationType'),
    // The smallest breakdown, for its total: how many reports involve minors.
    'previous.minors': previousMinors && { dimension: 'urgency', filters: previousMinors },
  };
}

/** Every query `useHeadlineQueries` asks for these arguments (see filter-reads.ts). */
export function headlineReads(a: HeadlineArgs): Read[] {
  const series = Object.values(headlineSeriesRequests(a)).filter((r) => r !== null);
  const breakdowns = Object.values(headlineBreakdownRequests(a)).filter((r) => r !== null);
  return [...series.map(timeSeriesQueryOptions), ...breakdowns.map(breakdownQueryOptions)];
}

export interface HeadlineQueries {
  series: Record<SeriesName, UseQueryResult<TimeSeries> | undefined>;
  breakdowns: Record<BreakdownName, UseQueryResult<Breakdown> | undefined>;
}

export function useHeadlineQueries(a: HeadlineArgs): HeadlineQueries {
  const s = headlineSeriesRequests(a);
  const b = headlineBreakdownRequests(a);
  // One hook per input, in a fixed order (see optional-queries.ts for why not useQueries).
  return {
    series: {
      urgency: useTimeSeries(s.urgency),
      setting: useTimeSeries(s.setting),
      platform: useTimeSeries(s.platform),
      exploitationType: useTimeSeries(s.exploitationType),
      minors: useTimeSeries(s.minors),
      previous: useTimeSeries(s.previous),
    },
    breakdowns: {
      urgency: useBreakdown(b.urgency),
      setting: useBreakdown(b.setting),
      platform: useBreakdown(b.platform),
      exploitationType: useBreakdown(b.exploitationType),
      'previous.urgency': useBreakdown(b['previous.urgency']),
      'previous.setting': useBreakdown(b['previous.setting']),
      'previous.platform': useBreakdown(b['previous.platform']),
      'previous.exploitationType': useBreakdown(b['previous.exploitationType']),
      'previous.minors': useBreakdown(b['previous.minors']),
    },
  };
}

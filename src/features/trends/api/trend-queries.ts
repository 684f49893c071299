import type { UseQueryResult } from '@tanstack/react-query';
import type { BreakdownRequest } from '../../../api/aggregates/breakdown-query.ts';
import type { Breakdown, TimeSeries } from '../../../api/contract/aggregate-schemas.ts';
import type { Interval } from '../../../api/contract/aggregate-terms.ts';
import type { Filters } from '../../../api/contract/filter-params.ts';
import { periodFilters, previousPeriodFilters, type Period } from '../lib/period.ts';
import { SPLIT_GROUP_LIMIT, type SplitDimension } from '../lib/trend-view-options.ts';
import { useBreakdown, useTimeSeries } from './optional-queries.ts';
import type { TimeSeriesRequest } from './timeseries-query.ts';

/**
 * What `/trends` asks for, and no more: one series split by the chosen dimension, one
 * unsplit series of the previous period when comparing (the overlay is its total), and one
 * breakdown per breakdown chart. Breakdowns take the filters as they are: without days
 * for "all time", so the urgency one is the same query as the matching-report count.
 */

export interface TrendSeriesArgs {
  /** `apiFilters` from `useFilters()`. */
  filters: Filters;
  period: Period;
  interval: Interval;
  split: SplitDimension | null;
  compare: boolean;
}

export function trendSeriesRequests(a: TrendSeriesArgs): {
  current: TimeSeriesRequest;
  previous: TimeSeriesRequest | null;
} {
  const previousFilters = a.compare ? previousPeriodFilters(a.filters, a.period) : null;
  return {
    current: {
      filters: periodFilters(a.filters, a.period),
      interval: a.interval,
      groupBy: a.split,
      // Enumerations have at most ten values; countries are many: the top ten and "Other".
      groupLimit: a.split === 'country' ? SPLIT_GROUP_LIMIT : null,
    },
    previous: previousFilters && {
      filters: previousFilters,
      interval: a.interval,
      groupBy: null,
      groupLimit: null,
    },
  };
}

export function useTrendSeries(a: TrendSeriesArgs): {
  current: UseQueryResult<TimeSeries> | undefined;
  previous: UseQueryResult<TimeSeries> | undefined;
} {
  const requests = trendSeriesRequests(a);
  return { current: useTimeSeries(requests.current), previous: useTimeSeries(requests.previous) };
}

/** The breakdown charts of `/trends`, in the order they are laid out. */
export const breakdownDimensions = [
  'urgency',
  'exploitationType',
  'platform',
  'groomingStage',
  'ageBand',
  'source',
  'status',
  'country',
] as const satisfies readonly SplitDimension[];
export type BreakdownDimension = (typeof breakdownDimensions)[number];

/** Countries: the ten with most reports, the rest as "Other". */
export const COUNTRY_BREAKDOWN_LIMIT = 10;

export function breakdownRequests(filters: Filters): Record<BreakdownDimension, BreakdownRequest> {
  const request = (dimension: BreakdownDimension): BreakdownRequest =>
    dimension === 'country'
      ? { dimension, filters, limit: COUNTRY_BREAKDOWN_LIMIT }
      : { dimension, filters };
  return Object.fromEntries(breakdownDimensions.map((d) => [d, request(d)])) as Record<
    BreakdownDimension,
    BreakdownRequest
  >;
}

export function useBreakdowns(
  filters: Filters,
): Record<BreakdownDimension, UseQueryResult<Breakdown> | undefined> {
  const r = breakdownRequests(filters);
  // One hook per chart, in a fixed order (see optional-queries.ts for why not useQueries).
  return {
    urgency: useBreakdown(r.urgency),
    exploitationType: useBreakdown(r.exploitationType),
    platform: useBreakdown(r.platform),
    groomingStage: useBreakdown(r.groomingStage),
    ageBand: useBreakdown(r.ageBand),
    source: useBreakdown(r.source),
    status: useBreakdown(r.status),
    country: useBreakdown(r.country),
  };
}

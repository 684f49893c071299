import type { UseQueryResult } from '@tanstack/react-query';
import { useEarlyQuery } from '../../../lib/use-early-query.ts';
import {
  breakdownQueryOptions,
  type BreakdownRequest,
} from '../../../api/aggregates/breakdown-query.ts';
import type { Breakdown, TimeSeries } from '../../../api/contract/aggregate-schemas.ts';
import { timeSeriesQueryOptions, type TimeSeriesRequest } from './timeseries-query.ts';

/**
 * One `useQuery` per chart input, some of which are not always asked for (no previous
 * period for "all time", no minors series under an adult-only age filter): undefined then.
 *
 * Not `useQueries`: it makes a new observer whenever a key changes, so
 * `keepPreviousData` has nothing to keep and every filter change would blank the charts.
 * One `useQuery` per input keeps its observer, and the last answer stays on screen.
 */

// Stands in while nothing is asked: never fetched (disabled), and its result is never shown.
const notAskedSeries: TimeSeriesRequest = {
  filters: {},
  interval: 'month',
  groupBy: null,
  groupLimit: null,
};
const notAskedBreakdown: BreakdownRequest = { dimension: 'urgency', filters: {} };

export function useTimeSeries(
  request: TimeSeriesRequest | null,
): UseQueryResult<TimeSeries> | undefined {
  const result = useEarlyQuery({
    ...timeSeriesQueryOptions(request ?? notAskedSeries),
    enabled: request !== null,
  });
  return request ? result : undefined;
}

export function useBreakdown(
  request: BreakdownRequest | null,
): UseQueryResult<Breakdown> | undefined {
  const result = useEarlyQuery({
    ...breakdownQueryOptions(request ?? notAskedBreakdown),
    enabled: request !== null,
  });
  return request ? result : undefined;
}

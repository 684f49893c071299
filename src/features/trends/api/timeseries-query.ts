import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../../api/client/http-client.ts';
import type { Dimension, Interval } from '../../../api/contract/aggregate-terms.ts';
import { endpoints } from '../../../api/contract/endpoints.ts';
import { filtersToParams, type Filters } from '../../../api/contract/filter-params.ts';

/**
 * Reports over time, bucketed by the intake API. The caller asks for exactly what it
 * draws: the interval fitted to the chart's width, one grouping, and for countries the
 * top ten (the rest come back as "__other__").
 */

export interface TimeSeriesRequest {
  /** With `from` and `to` set (see `periodFilters`): the interval was chosen for them. */
  filters: Filters;
  interval: Interval;
  groupBy: Dimension | null;
  /** Keep the largest groups; the rest are gathered as "__other__". */
  groupLimit: number | null;
}

export const timeSeriesKeys = {
  all: ['aggregates', 'timeseries'] as const,
  // The whole filter object is in the key: any filter change is a different query.
  detail: ({ filters, interval, groupBy, groupLimit }: TimeSeriesRequest) =>
    [...timeSeriesKeys.all, { filters, interval, groupBy, groupLimit }] as const,
};

export const timeSeriesQueryOptions = (request: TimeSeriesRequest) =>
  queryOptions({
    queryKey: timeSeriesKeys.detail(request),
    queryFn: ({ signal }) => {
      const params = filtersToParams(request.filters);
      params.set('interval', request.interval);
      if (request.groupBy) params.set('groupBy', request.groupBy);
      if (request.groupLimit !== null) params.set('groupLimit', String(request.groupLimit));
      return apiGet(endpoints.timeseries, { schema: 'TimeSeries', params, signal });
    },
    // Keep the last chart on screen while the next filter's answer loads.
    placeholderData: keepPreviousData,
  });

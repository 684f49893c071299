import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiGet } from '../client/http-client.ts';
import { endpoints } from '../contract/endpoints.ts';
import type { Breakdown } from '../contract/aggregate-schemas.ts';
import type { Dimension } from '../contract/aggregate-terms.ts';
import { filtersToParams, type Filters } from '../contract/filter-params.ts';

/**
 * Counts by one dimension. Shared because every view's heading shows how many reports match
 * the filters (the breakdown's `total`), and the overview and features draw breakdowns.
 */

export interface BreakdownRequest {
  dimension: Dimension;
  filters: Filters;
  /** Keep the largest items; the rest are gathered as "__other__". */
  limit?: number;
}

export const breakdownKeys = {
  all: ['aggregates', 'breakdown'] as const,
  // The whole filter object is in the key: any filter change is a different query.
  detail: ({ dimension, filters, limit }: BreakdownRequest) =>
    [...breakdownKeys.all, { dimension, filters, limit: limit ?? null }] as const,
};

export const breakdownQueryOptions = (request: BreakdownRequest) =>
  queryOptions({
    queryKey: breakdownKeys.detail(request),
    queryFn: ({ signal }) => {
      const params = filtersToParams(request.filters);
      params.set('dimension', request.dimension);
      if (request.limit !== undefined) params.set('limit', String(request.limit));
      return apiGet(endpoints.breakdown, { schema: 'Breakdown', params, signal });
    },
    // Keep the last answer on screen while the next filter's answer loads.
    placeholderData: keepPreviousData,
  });

/**
 * "How many reports match?" The smallest breakdown (urgency has four values) carries the
 * total; there is no count endpoint.
 */
export const matchingCountQueryOptions = (filters: Filters) =>
  queryOptions({
    ...breakdownQueryOptions({ dimension: 'urgency', filters }),
    select: (b: Breakdown) => b.total,
  });

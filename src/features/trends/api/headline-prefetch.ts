import type { QueryClient } from '@tanstack/react-query';
import { breakdownQueryOptions } from '../../../api/aggregates/breakdown-query.ts';
import type { Filters } from '../../../api/contract/filter-params.ts';
import type { Me, Metadata } from '../../../api/contract/session-schemas.ts';
import { todayUtc } from '../../../lib/dates.ts';
import { autoInterval } from '../lib/interval.ts';
import { maxBucketsFor, resolvePeriod } from '../lib/period.ts';
import { headlineBreakdownRequests, headlineSeriesRequests } from './headline-queries.ts';
import { timeSeriesQueryOptions } from './timeseries-query.ts';

/**
 * The overview's headline reads, started from the route loader before React renders (see
 * src/app/pages/overview-loader.ts): the same requests `useHeadlineQueries` makes, from the
 * same functions, so the render finds them already on their way.
 *
 * The interval depends on the chart's width, which only the page knows: `OverviewTrends`
 * remembers the last width it drew at. Until it has (the first load), nothing is started
 * here and the render asks as usual.
 */

let lastWidth: number | null = null;

/** Called by OverviewTrends once it has measured its width. */
export function rememberOverviewWidth(width: number): void {
  lastWidth = width;
}

export function prefetchHeadlines(
  queryClient: QueryClient,
  { filters, me, metadata }: { filters: Filters; me: Me; metadata: Metadata | undefined },
): void {
  const period = resolvePeriod(filters, metadata?.dataRange, todayUtc());
  if (!period || lastWidth === null) return;
  const interval = autoInterval(period.from, period.to, maxBucketsFor(lastWidth));
  const args = { filters, period, interval, exactCounts: me.role === 'analyst' };
  for (const request of Object.values(headlineSeriesRequests(args))) {
    if (request) void queryClient.prefetchQuery(timeSeriesQueryOptions(request));
  }
  for (const request of Object.values(headlineBreakdownRequests(args))) {
    if (request) void queryClient.prefetchQuery(breakdownQueryOptions(request));
  }
}

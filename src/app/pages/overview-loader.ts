import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';
import { matchingCountQueryOptions } from '../../api/aggregates/breakdown-query.ts';
import { sendWaitingRequests } from '../../api/client/http-client.ts';
import { meQueryOptions, metadataQueryOptions } from '../../api/session/me-query.ts';
import { newestReportsQueryOptions } from '../../features/cases/api/newest-reports-query.ts';
import { countryBinsQueryOptions } from '../../features/hotspots/api/geo-queries.ts';
import { prefetchHeadlines } from '../../features/trends/api/headline-prefetch.ts';
import { parseFilterUrl } from '../../filters/filter-state.ts';
import { todayUtc } from '../../lib/dates.ts';

/**
 * The overview's route loader. It starts the page's reads the moment its URL changes (a
 * filter change, Back, a link), before React renders the change: reads started during the
 * render left only when the whole urgent render was done, 15–20 ms after the change; from
 * here they leave at once, in one batch. It returns nothing: the page reads the answers
 * through its queries as ever (the same options, so the same keys) and finds them on
 * their way. What depends on who is asking waits for `/me` on the first load, as the page
 * does.
 */
export function overviewLoader(queryClient: QueryClient): LoaderFunction {
  return ({ request }) => {
    prefetchOverview(queryClient, new URL(request.url).searchParams);
    // Now, in this task: the router's render of the change is queued before the batch's own
    // flush, and takes 15–20 ms.
    sendWaitingRequests();
    return null;
  };
}

export function prefetchOverview(queryClient: QueryClient, params: URLSearchParams): void {
  const { apiFilters } = parseFilterUrl(params, todayUtc());
  void queryClient.prefetchQuery(matchingCountQueryOptions(apiFilters));
  void queryClient.prefetchQuery(countryBinsQueryOptions(apiFilters));
  const me = queryClient.getQueryData(meQueryOptions().queryKey);
  if (!me) return;
  if (me.role === 'analyst') void queryClient.prefetchQuery(newestReportsQueryOptions(apiFilters));
  prefetchHeadlines(queryClient, {
    filters: apiFilters,
    me,
    metadata: queryClient.getQueryData(metadataQueryOptions().queryKey),
  });
}

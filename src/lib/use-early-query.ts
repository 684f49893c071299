import {
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';

/** A query as a view asks for it (`queryOptions(…)`), to be started ahead of its render. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query's data, error and key
export type Read = UseQueryOptions<any, any, any, any>;

/**
 * Starts a read that is not in the cache yet. A read in the cache (fresh, stale or already
 * fetching) is left to its observer, which refetches it as `useQuery` always would.
 */
export function startRead(client: QueryClient, options: Read): void {
  // Only when certainly enabled: a function may depend on state the caller cannot see.
  const enabled = options.enabled === undefined || options.enabled === true;
  if (!enabled || client.getQueryState(options.queryKey) !== undefined) return;
  // `select` and the placeholder shape what the observer shows; the fetch needs neither.
  const { select: _select, placeholderData: _placeholder, ...fetchOptions } = options;
  void client.prefetchQuery(fetchOptions);
}

/**
 * `useQuery`, except that a query not in the cache yet starts fetching during render, not
 * in the effect after the commit (what React Query's own `usePrefetchQuery` does).
 *
 * Why: after a filter change the whole overview re-renders, charts and map included,
 * before any effect runs: 30–70 ms in which a dozen requests sat unsent. Started from
 * render they all leave within that one task, and the client sends them as one batch
 * (see batch-transport.ts). The observer then finds its query already fetching and joins
 * it, so nothing is asked twice (nor in StrictMode's second render: the query exists).
 */
export function useEarlyQuery<
  TQueryFnData,
  TError = Error,
  TData = TQueryFnData,
  TKey extends QueryKey = QueryKey,
>(options: UseQueryOptions<TQueryFnData, TError, TData, TKey>): UseQueryResult<TData, TError> {
  startRead(useQueryClient(), options);
  return useQuery(options);
}

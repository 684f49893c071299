import {
  useQuery,
  useQueryClient,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';

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
  const client = useQueryClient();
  // Only when certainly enabled: a function may depend on state this render cannot see.
  const enabled = options.enabled === undefined || options.enabled === true;
  if (enabled && client.getQueryState(options.queryKey) === undefined) {
    // `select` and the placeholder shape what the observer shows; the fetch needs neither.
    const { select: _select, placeholderData: _placeholder, ...fetchOptions } = options;
    void client.prefetchQuery(fetchOptions);
  }
  return useQuery(options);
}

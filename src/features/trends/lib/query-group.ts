/**
 * Several queries drawn as one thing (a chart and its previous period, a row of headline
 * figures). `QueryState` shows one query's state; `representative` picks the query whose
 * state is the group's: the first still loading or failed with nothing to show, else the
 * first whose refresh failed, else the first refreshing, else any. So Retry retries the
 * query that needs it, and the group is "ready" only when every member is.
 */

export interface QueryLike {
  data: unknown;
  isError: boolean;
  isFetching: boolean;
  isPlaceholderData: boolean;
}

export function representative<Q extends QueryLike>(queries: readonly [Q, ...Q[]]): Q {
  return (
    queries.find((q) => q.data === undefined && q.isError) ??
    queries.find((q) => q.data === undefined) ??
    queries.find((q) => q.isError) ??
    queries.find((q) => q.isFetching || q.isPlaceholderData) ??
    queries[0]
  );
}

/**
 * The state a view announces in `data-state`: "ready" once every chart shows the answer
 * for the current URL. A benchmark waits for it after a filter change (it turns
 * "refreshing" in the same render that reads the new URL).
 */
export type ViewState = 'loading' | 'error' | 'refreshing' | 'ready';

export function viewState(queries: readonly QueryLike[]): ViewState {
  if (queries.some((q) => q.data === undefined && !q.isError)) return 'loading';
  if (queries.some((q) => q.isError)) return 'error';
  if (queries.some((q) => q.isFetching || q.isPlaceholderData)) return 'refreshing';
  return 'ready';
}

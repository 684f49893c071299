import { useState, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { isApiError } from '../api/client/api-error.ts';
import { formatClockTime } from '../lib/format.ts';

/**
 * The one way a query's result reaches the screen: loading, error (with Retry), empty,
 * success, and "stale" (older data kept on screen after a refresh failed, and marked so).
 */

export interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** What is being loaded, for "Loading the case list…" and "Could not load the case list." */
  label: string;
  isEmpty?: (data: T) => boolean;
  /** Shown when `isEmpty` says so; say what would make something appear. */
  empty?: ReactNode;
  /**
   * The result's own shape with blanks (a skeleton), drawn while the first answer loads in
   * place of the loading line. It sits where the result will, so an answer of the same
   * shape fills it in place: nothing moves, and the page changes a few texts instead of
   * swapping one tree for another.
   */
  loading?: ReactNode;
  children: (data: T) => ReactNode;
}

export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  return 'Something went wrong in the dashboard. Try again; if it keeps happening, tell the intake team.';
}

/**
 * The error a query with no data last ended in, while it is asked again. React Query
 * forgets it when a new attempt starts (status goes back to pending), so without this a
 * view would flip from the message to "Loading…" at every recovery poll.
 */
function useErrorWhileRetrying<T>(query: UseQueryResult<T>): unknown {
  const [last, setLast] = useState<{ error: unknown; at: number } | null>(null);
  if (query.isError && last?.at !== query.errorUpdatedAt) {
    setLast({ error: query.error, at: query.errorUpdatedAt });
  }
  // errorUpdatedAt survives a new attempt: the same number means the same query's error.
  return query.isFetching && last?.at === query.errorUpdatedAt ? last.error : null;
}

export function QueryState<T>({
  query,
  label,
  isEmpty,
  empty,
  loading,
  children,
}: QueryStateProps<T>) {
  const retry = () => void query.refetch();
  const retryingAfter = useErrorWhileRetrying(query);

  if (query.data === undefined) {
    if (query.isError || retryingAfter) {
      return (
        <div key="error" className="query-error" role="alert">
          <p>
            <strong>Could not load {label}.</strong>{' '}
            {errorMessage(query.isError ? query.error : retryingAfter)}
            {!query.isError && ' Trying again…'}
          </p>
          <button type="button" onClick={retry}>
            Retry
          </button>
        </div>
      );
    }
    if (loading !== undefined) {
      // The wrapper and the order of its children are the result's (below), so React keeps
      // the skeleton's elements for the result.
      return (
        <div key="result" className="query-result" aria-busy="true">
          <p className="visually-hidden" role="status">
            Loading {label}…
          </p>
          {loading}
        </div>
      );
    }
    // Keyed apart from the result: when the answer comes, React drops this line and inserts
    // the result built whole, instead of rewriting this element's class, role and state
    // and its children one by one (each change to an element already on the page costs
    // style invalidation; Lighthouse's trace makes every one dear).
    return (
      <div key="loading" className="query-loading" role="status" aria-busy="true">
        <span className="skeleton" aria-hidden="true" />
        Loading {label}…
      </div>
    );
  }

  const data = query.data;
  const refreshing = query.isPlaceholderData || (query.isFetching && !query.isError);
  return (
    <div key="result" className="query-result" aria-busy={refreshing}>
      {query.isError && (
        <div className="stale-marker" role="status">
          <span>
            Showing data from {formatClockTime(query.dataUpdatedAt)} — refresh failed.{' '}
            {errorMessage(query.error)}
          </span>
          <button type="button" onClick={retry}>
            Retry
          </button>
        </div>
      )}
      {isEmpty?.(data) ? (
        <p className="query-empty">{empty ?? 'Nothing to show.'}</p>
      ) : (
        children(data)
      )}
    </div>
  );
}

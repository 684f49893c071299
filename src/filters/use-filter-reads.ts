import { useContext, useEffect, useLayoutEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLatestCallback } from '../lib/use-latest-callback.ts';
import { useFilterContext } from './filter-provider.tsx';
import type { ReadsFor } from './filter-reads.ts';
import { ReadsAheadContext } from './reads-ahead.tsx';
import { apiFiltersOf } from './use-filters.ts';
import { isViewParam, resetsOnFilterChange } from './view-params.ts';

/** The two ends of filter-reads.ts: views register their reads, the router starts them. */

/**
 * Registers what this view reads for a set of filters while it is mounted, on a page that
 * reads ahead (`<ReadsAhead>`; elsewhere it does nothing). `readsFor` may close over the
 * view's other inputs (its width, the caller's role, its own URL parameters): the latest is
 * used. Reads start ahead only when the filters alone changed (see `useReadsOnNavigation`),
 * so those inputs still hold.
 */
export function useReadsOnFilterChange(readsFor: ReadsFor): void {
  const { reads } = useFilterContext();
  // Only on a page that has opted in (see reads-ahead.tsx).
  const ahead = useContext(ReadsAheadContext);
  const latest = useLatestCallback(readsFor);
  useEffect(() => (ahead ? reads.register(latest) : undefined), [ahead, reads, latest]);
}

/** What `useReadsOnNavigation` needs of a data router (`createBrowserRouter`'s). */
export interface SubscribableRouter {
  state: { location: { pathname: string; search: string } };
  subscribe(listener: (state: SubscribableRouter['state']) => void): () => void;
}

/**
 * Starts the registered reads when the router moves to other filters on the same page (a
 * filter change, or Back and Forward over one). Not for another page, whose views are not
 * the ones registered, nor when a view's own parameters changed too (Back over a map pan,
 * a chart's split): a view's reads may depend on those as they are now.
 */
export function useReadsOnNavigation(router: SubscribableRouter): void {
  const client = useQueryClient();
  const { reads } = useFilterContext();
  useLayoutEffect(() => {
    let last = router.state.location;
    return router.subscribe(({ location }) => {
      const before = last;
      last = location;
      if (location.pathname !== before.pathname || location.search === before.search) return;
      if (viewPart(location.search) !== viewPart(before.search)) return;
      reads.start(client, apiFiltersOf(location.search));
    });
  }, [router, client, reads]);
}

/**
 * The view parameters a search holds, in a fixed order. A position in a list (`cursor`,
 * `page`) is left out: a filter change drops it, and no read ahead depends on it.
 */
function viewPart(search: string): string {
  const kept = [...new URLSearchParams(search)].filter(
    ([name]) => isViewParam(name) && !resetsOnFilterChange(name),
  );
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(kept).toString();
}

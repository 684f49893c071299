import { useEffect, useLayoutEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLatestCallback } from '../lib/use-latest-callback.ts';
import { useFilterContext } from './filter-provider.tsx';
import type { ReadsFor } from './filter-reads.ts';
import { apiFiltersOf } from './use-filters.ts';

/** The two ends of filter-reads.ts: views register their reads, the router starts them. */

/**
 * Registers what this view reads for a set of filters while it is mounted. `readsFor` may
 * close over the view's other inputs (its width, the caller's role): the latest is used.
 */
export function useReadsOnFilterChange(readsFor: ReadsFor): void {
  const { reads } = useFilterContext();
  const latest = useLatestCallback(readsFor);
  useEffect(() => reads.register(latest), [reads, latest]);
}

/** What `useReadsOnNavigation` needs of a data router (`createBrowserRouter`'s). */
export interface SubscribableRouter {
  state: { location: { pathname: string; search: string } };
  subscribe(listener: (state: SubscribableRouter['state']) => void): () => void;
}

/**
 * Starts the registered reads whenever the router moves to another search on the same page
 * (a filter change, Back, Forward). Another page's views will not be there to read it.
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
      reads.start(client, apiFiltersOf(location.search));
    });
  }, [router, client, reads]);
}

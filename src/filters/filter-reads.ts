import type { QueryClient } from '@tanstack/react-query';
import type { Filters } from '../api/contract/filter-params.ts';
import { sendQueuedGets } from '../api/client/http-client.ts';
import { startRead, type Read } from '../lib/use-early-query.ts';

/**
 * A filter change's reads leave when the URL changes, before React renders the change.
 *
 * Why: each view starts its reads while it renders (`useEarlyQuery`), and the batch leaves
 * when that render is over. The render after a URL change redraws the whole page first:
 * 7–40 ms in which the intake API could already have been working (the first change after
 * a load is the slowest). So each mounted view registers what it reads for a set of filters,
 * and the router's subscriber (`useReadsOnNavigation` in use-filter-reads.ts, called by
 * `AppRouter`) starts them all for the new URL and sends them at once, in the task of the
 * URL change. The render then finds them fetching and joins them: nothing is asked twice.
 * Only a page whose every view registers reads ahead (see reads-ahead.tsx).
 *
 * What the render asks for stays the truth. A view that registers nothing, or the wrong
 * reads, only loses the head start (and a wrong read is one request too many); a read
 * already cached is left to the render, exactly as `useEarlyQuery` leaves it.
 */

/** What a view reads for these filters: the queries its render would ask for. */
export type ReadsFor = (apiFilters: Filters) => readonly Read[];

export interface FilterReads {
  /** Adds a view's reads; returns what removes them. */
  register(readsFor: ReadsFor): () => void;
  /** Starts every registered view's reads for these filters. */
  start(client: QueryClient, apiFilters: Filters): void;
}

export function createFilterReads(): FilterReads {
  const views = new Set<ReadsFor>();
  return {
    register(readsFor) {
      views.add(readsFor);
      return () => views.delete(readsFor);
    },
    start(client, apiFilters) {
      for (const readsFor of views) {
        let reads: readonly Read[];
        try {
          reads = readsFor(apiFilters);
        } catch {
          // Runs inside the router's update: never let a view's mistake stop the navigation.
          // Its render asks again, and its error boundary reports what went wrong.
          continue;
        }
        for (const read of reads) startRead(client, read);
      }
      // They reached the client in this task (a token at hand is not awaited): send them
      // now, as one batch, before the render React has queued for the URL change.
      sendQueuedGets();
    },
  };
}

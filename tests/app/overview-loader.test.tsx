import { describe, expect, it } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import type { QueryClient } from '@tanstack/react-query';
import { prefetchOverview } from '../../src/app/pages/overview-loader.ts';
import { sessionKeys } from '../../src/api/session/me-query.ts';
import { createTestQueryClient, renderApp } from '../setup/render.tsx';
import { setUpMockApi } from './mock-api.ts';

/**
 * The overview's route loader starts the page's reads before React renders a change. It must
 * ask for exactly what the page then reads: a key it gets wrong is a wasted request, and one
 * it misses leaves late. The page's own queries are the reference.
 */

setUpMockApi();

const overviewDrawn = (analyst: boolean) =>
  waitFor(() => {
    const views = ['.trends-overview-content', '.hs-map-region'];
    for (const selector of analyst ? [...views, '.newest-cases'] : views) {
      expect(document.querySelector(selector)).toHaveAttribute('data-state', 'ready');
    }
  });

const session = JSON.stringify(sessionKeys.all).slice(0, -1);
const isData = (hash: string) => !hash.startsWith(session);

/** What the page reads now: the enabled data queries something on the page observes. */
function pageReads(client: QueryClient): string[] {
  return client
    .getQueryCache()
    .getAll()
    .filter((q) => q.getObserversCount() > 0 && !q.isDisabled() && isData(q.queryHash))
    .map((q) => q.queryHash)
    .sort();
}

describe('the overview route loader', () => {
  it.each([
    ['an analyst', 'demo-analyst', '?range=30d&urgency=high'],
    ['a partner', 'demo-partner-154', '?range=90d&setting=online'],
    ['an analyst, for all time', 'demo-analyst', '?range=all&platform=gaming'],
  ])('asks for exactly what the page then reads: %s, %s', async (_, persona, search) => {
    const analyst = persona === 'demo-analyst';
    const { queryClient, router } = renderApp('/', { persona });
    await overviewDrawn(analyst);
    await act(() => router.navigate(`/${search}`));
    await overviewDrawn(analyst);

    // A cache that knows only who is asking, as after the first load.
    const fresh = createTestQueryClient();
    for (const key of [sessionKeys.me(), sessionKeys.metadata()]) {
      fresh.setQueryData(key, queryClient.getQueryData(key));
    }
    prefetchOverview(fresh, new URLSearchParams(search));
    const asked = fresh
      .getQueryCache()
      .getAll()
      .map((q) => q.queryHash)
      .filter(isData)
      .sort();
    // The headline figures' reads are among them, not only the count, the map and the list.
    expect(asked.length).toBeGreaterThan(5);
    expect(asked).toEqual(pageReads(queryClient));
  });

  it("starts a change's reads before React renders the change", async () => {
    const { queryClient, router } = renderApp('/');
    await overviewDrawn(true);
    const hashes = () =>
      new Set(
        queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.queryHash),
      );
    const before = hashes();
    let started: string[] = [];
    await act(async () => {
      await router.navigate('/?range=30d&urgency=medium');
      // Inside act React renders nothing until the callback returns: only the loader ran.
      started = [...hashes()].filter((hash) => !before.has(hash)).sort();
    });
    await overviewDrawn(true);
    expect(started.length).toBeGreaterThan(5);
    expect(started).toEqual(pageReads(queryClient).filter((hash) => !before.has(hash)));
  });

  it('on the first load, before `/me`, asks only for what does not depend on who is asking', () => {
    const client = createTestQueryClient();
    prefetchOverview(client, new URLSearchParams('range=30d'));
    const paths = client
      .getQueryCache()
      .getAll()
      .map((q) => JSON.stringify(q.queryKey));
    expect(paths).toHaveLength(2);
    expect(paths.join()).toMatch(/countr/i);
  });
});

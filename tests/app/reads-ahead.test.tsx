import '../features/hotspots/leaflet-in-jsdom.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { configureApiClient } from '../../src/api/client/http-client.ts';
import { renderApp } from '../setup/render.tsx';
import { setUpMockApi } from './mock-api.ts';

/**
 * Which pages read ahead of the render (src/filters/filter-reads.ts, reads-ahead.tsx): the
 * overview, whose own test is in overview-page.test.tsx; the others send a change's reads
 * as they did, in one batch from the render. "Redrawn" is what a user sees first: the new
 * filter's chip.
 */

vi.setConfig({ testTimeout: 30_000 });
setUpMockApi();
afterEach(() => configureApiClient({ batch: false }));

const HIGH_CHIP = 'Remove filter Urgency: High';

interface Asked {
  path: string;
  /** What it asks: a batch's reads one by one, or the request's own URL. */
  reads: URL[];
  /** Whether the new filter's chip was on the page when it was asked. */
  chipShown: boolean;
}

/** Every request the app makes from `navigate` until `settled` passes. */
async function requestsDuring(navigate: () => Promise<void>, settled: () => void) {
  const asked: Asked[] = [];
  const realFetch = globalThis.fetch;
  const spy = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const batch =
      typeof init?.body === 'string'
        ? (JSON.parse(init.body) as { requests: { path: string }[] }).requests
        : null;
    asked.push({
      path: url.pathname,
      reads: batch ? batch.map((r) => new URL(`/api/v1${r.path}`, url)) : [url],
      chipShown: screen.queryByRole('button', { name: HIGH_CHIP }) !== null,
    });
    return realFetch(input, init);
  });
  try {
    await act(navigate);
    await waitFor(settled, { timeout: 10_000 });
  } finally {
    spy.mockRestore();
  }
  return asked;
}

const shape = (asked: Asked[]) =>
  asked
    .map(({ path, chipShown }) => ({ path, chipShown }))
    .sort((a, b) => a.path.localeCompare(b.path));
const groupedBy = (reads: URL[]) =>
  reads.map((r) => r.searchParams.get('groupBy')).filter((g) => g !== null);

const chipShown = () => expect(screen.getByRole('button', { name: HIGH_CHIP })).toBeInTheDocument();
const trendsReady = () => {
  chipShown();
  expect(document.querySelector('.trends-content')).toHaveAttribute('data-state', 'ready');
};
const mapReady = () =>
  expect(document.querySelector('.hs-map-region')).toHaveAttribute('data-state', 'ready');

describe("a filter change's reads", () => {
  it("on /trends, which does not read ahead, leave in one batch from the render, the count's with them", async () => {
    configureApiClient({ batch: true });
    const { router } = renderApp('/trends?range=30d&split=platform');
    await waitFor(
      () =>
        expect(document.querySelector('.trends-content')).toHaveAttribute('data-state', 'ready'),
      { timeout: 10_000 },
    );

    const asked = await requestsDuring(
      () => router.navigate('/trends?range=30d&split=platform&urgency=high'),
      trendsReady,
    );

    // Not the count ahead on its own and the charts after it: one request, as before.
    expect(shape(asked)).toEqual([{ path: '/api/v1/batch', chipShown: true }]);
    const reads = asked[0]!.reads;
    // Eight breakdowns (the urgency one is also the count's) and the split series.
    expect(reads.map((r) => r.pathname).sort()).toEqual([
      ...Array<string>(8).fill('/api/v1/aggregates/breakdown'),
      '/api/v1/aggregates/timeseries',
    ]);
    expect(groupedBy(reads)).toEqual(['platform']);
  });

  it("on the map page, leave in one batch from the render, the count's with them", async () => {
    configureApiClient({ batch: true });
    const { router } = renderApp('/map?range=all');
    await waitFor(mapReady, { timeout: 10_000 });

    const asked = await requestsDuring(
      () => router.navigate('/map?range=all&urgency=high'),
      () => {
        chipShown();
        mapReady();
      },
    );

    expect(shape(asked)).toEqual([{ path: '/api/v1/batch', chipShown: true }]);
    expect(asked[0]!.reads.map((r) => r.pathname).sort()).toEqual([
      '/api/v1/aggregates/breakdown',
      '/api/v1/aggregates/geo/countries',
    ]);
  });

  it('on the overview, wait for the render when a view parameter changes with the filters', async () => {
    configureApiClient({ batch: true });
    const { router } = renderApp('/?range=30d');
    await waitFor(
      () => expect(document.querySelector('.newest-cases')).toHaveAttribute('data-state', 'ready'),
      { timeout: 10_000 },
    );

    // Back or Forward over a change of a view's own parameter and the filters: a view's reads
    // may depend on that parameter as it will be, so they are left to the render.
    const asked = await requestsDuring(
      () => router.navigate('/?range=30d&split=source&urgency=high'),
      () => {
        chipShown();
        expect(document.querySelector('.newest-cases')).toHaveAttribute('data-state', 'ready');
      },
    );

    expect(shape(asked)).toEqual([{ path: '/api/v1/batch', chipShown: true }]);
  });
});

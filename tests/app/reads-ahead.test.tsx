import '../features/hotspots/leaflet-in-jsdom.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { configureApiClient } from '../../src/api/client/http-client.ts';
import { renderApp } from '../setup/render.tsx';
import { setUpMockApi } from './mock-api.ts';

/**
 * A filter change's reads leave with the URL change, before the page is redrawn for it
 * (src/filters/filter-reads.ts), on the trends and map pages; the overview's own test is in
 * overview-page.test.tsx. "Redrawn" is what a user sees first: the new filter's chip.
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
  it('leave in one batch before /trends is redrawn, series and breakdowns alike', async () => {
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

    // One batch (the render asked nothing more), sent before the chip showed.
    expect(shape(asked)).toEqual([{ path: '/api/v1/batch', chipShown: false }]);
    const reads = asked[0]!.reads;
    // Eight breakdowns (the urgency one is also the count's) and the split series.
    expect(reads.map((r) => r.pathname).sort()).toEqual([
      ...Array<string>(8).fill('/api/v1/aggregates/breakdown'),
      '/api/v1/aggregates/timeseries',
    ]);
    expect(reads.every((r) => r.searchParams.get('urgency') === 'high')).toBe(true);
    // The split is the page's own option, read as it is: the series asked is the one drawn.
    expect(groupedBy(reads)).toEqual(['platform']);
  });

  it('wait for the render when a view parameter changes with the filters', async () => {
    configureApiClient({ batch: true });
    const { router } = renderApp('/trends?range=30d&split=platform');
    await waitFor(
      () =>
        expect(document.querySelector('.trends-content')).toHaveAttribute('data-state', 'ready'),
      { timeout: 10_000 },
    );

    // Back or Forward over a change of split and filters: the page's reads depend on the
    // split the URL will have, so they are left to the render, which asks for the right ones.
    const asked = await requestsDuring(
      () => router.navigate('/trends?range=30d&split=source&urgency=high'),
      trendsReady,
    );

    expect(shape(asked)).toEqual([{ path: '/api/v1/batch', chipShown: true }]);
    expect(groupedBy(asked[0]!.reads)).toEqual(['source']);
  });

  it('leave before the map page is redrawn, for the layer it shows', async () => {
    const { router } = renderApp('/map?range=all');
    await waitFor(mapReady, { timeout: 10_000 });

    const asked = await requestsDuring(
      () => router.navigate('/map?range=all&urgency=high'),
      () => {
        chipShown();
        mapReady();
      },
    );

    // The map's countries and the page's count of matching reports, both ahead of the chip.
    expect(shape(asked)).toEqual([
      { path: '/api/v1/aggregates/breakdown', chipShown: false },
      { path: '/api/v1/aggregates/geo/countries', chipShown: false },
    ]);
  });
});

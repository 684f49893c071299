import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { configureApiClient } from '../../src/api/client/http-client.ts';
import { parseFilterUrl } from '../../src/filters/filter-state.ts';
import { todayUtc } from '../../src/lib/dates.ts';
import { formatNumber } from '../../src/lib/format.ts';
import { renderApp } from '../setup/render.tsx';
import { analyst, setUpMockApi } from './mock-api.ts';

/** The overview page whole: its views against the real mocked API, as the batch API answers. */

vi.setConfig({ testTimeout: 30_000 });
const api = setUpMockApi();

afterEach(() => configureApiClient({ batch: false }));

/** The number in "N reports match these filters", as shown. */
const countShown = () => document.querySelector('.report-count strong')?.textContent ?? null;

/** The "Reports" headline figure, as shown (null while its card is blank). */
function reportsFigureShown(): string | null {
  const card = [...document.querySelectorAll('.trends-headline')].find(
    (c) => c.querySelector('.trends-headline-label')?.textContent === 'Reports',
  );
  const value = card?.querySelector('.trends-headline-value:not(.trends-headline-blank)');
  return value?.textContent ?? null;
}

/** How many reports match `search`, straight from the store, as the page writes numbers. */
function expectedTotal(search: string): string {
  const { apiFilters } = parseFilterUrl(new URLSearchParams(search), todayUtc());
  return formatNumber(api.db.breakdown(analyst, apiFilters, 'urgency', null).total.count!);
}

describe('the overview page', () => {
  it("draws a filter change's count and headline figures in the same render, never one before the other", async () => {
    // One batch answers every read of a change, as in a deployment whose API has batches.
    configureApiClient({ batch: true });
    const { router } = renderApp('/?range=30d');
    const before = expectedTotal('range=30d');
    await waitFor(() => expect(reportsFigureShown()).toBe(before));
    expect(countShown()).toBe(before);

    // What the page shows after every change to it, until the new answers are drawn.
    const seen: [string | null, string | null][] = [];
    const observer = new MutationObserver(() => seen.push([countShown(), reportsFigureShown()]));
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    const after = expectedTotal('range=30d&urgency=high');
    expect(after).not.toBe(before);
    await act(() => router.navigate('/?range=30d&urgency=high'));
    await waitFor(() => expect([countShown(), reportsFigureShown()]).toEqual([after, after]));
    observer.disconnect();

    // The count and the figure are the same query's total: shown apart, one of them was
    // drawn a render (and a frame) later.
    expect(seen.length).toBeGreaterThan(0);
    expect(
      seen.filter(([count, figure]) => count !== null && figure !== null && count !== figure),
    ).toEqual([]);
  });

  it("sends a filter change's reads in one batch before the page is redrawn for the new URL", async () => {
    configureApiClient({ batch: true });
    const { router } = renderApp('/?range=30d');
    const before = expectedTotal('range=30d');
    await waitFor(() => expect(reportsFigureShown()).toBe(before));
    await waitFor(() =>
      expect(document.querySelector('.newest-cases')).toHaveAttribute('data-state', 'ready'),
    );

    // The URL each view says it is drawn for, whenever the app asks the API for something.
    const drawnFor = () =>
      [...document.querySelectorAll('[data-search]')].map((e) => e.getAttribute('data-search'));
    const asked: { path: string; drawnFor: (string | null)[] }[] = [];
    const realFetch = globalThis.fetch;
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      asked.push({ path: new URL(url, window.location.href).pathname, drawnFor: drawnFor() });
      return realFetch(input, init);
    });
    const after = expectedTotal('range=30d&urgency=high');
    try {
      await act(() => router.navigate('/?range=30d&urgency=high'));
      await waitFor(() => expect([countShown(), reportsFigureShown()]).toEqual([after, after]));
    } finally {
      spy.mockRestore();
    }

    // One batch for every view's reads (the render asked nothing more), and it left while
    // every view was still drawn for the old URL: the API works while React renders.
    expect(asked).toHaveLength(1);
    expect(asked[0]!.path).toMatch(/\/batch$/);
    expect(asked[0]!.drawnFor.length).toBeGreaterThanOrEqual(3);
    expect(new Set(asked[0]!.drawnFor)).toEqual(new Set(['?range=30d']));
  });
});

import './leaflet-in-jsdom.ts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../mocks/db/intake-db.ts';
import { COUNTRY_BOXES } from '../../../src/features/hotspots/lib/country-boxes.ts';
import { bboxesIntersect } from '../../../src/features/hotspots/lib/geo-extent.ts';
import { parseFilterUrl } from '../../../src/filters/filter-state.ts';
import { todayUtc } from '../../../src/lib/dates.ts';
import { expectedCountText, setUpMockApi } from '../../app/mock-api.ts';
import { renderApp } from '../../setup/render.tsx';
import { numbersIn, smallNumbersIn } from './fixtures.ts';

const api = setUpMockApi();
const PARTNER = 'demo-partner-154';

const geoRequests = (kind: 'countries' | 'grid') =>
  api.requests.filter((r) => r.url.pathname.endsWith(`/aggregates/geo/${kind}`));

/** The map region once its shapes and its current answer are drawn. */
async function mapReady(container: HTMLElement) {
  await waitFor(
    () => expect(container.querySelector('.hs-map-region')).toHaveAttribute('data-state', 'ready'),
    { timeout: 10_000 },
  );
}

/** Every row of the area table, "Show all" pressed first, as [label, count text]. */
async function areaRows(user: ReturnType<typeof renderApp>['user'], name: string) {
  const table = await screen.findByRole('table', { name });
  const showAll = screen.queryByRole('button', { name: /^Show all \d+ areas$/ });
  if (showAll) await user.click(showAll);
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('button').textContent,
      within(row).getByRole('cell').textContent,
    ]);
}

/**
 * The page's text, less the date presets of the filter bar ("Last 7 days"): a length of
 * time, not a count. Everything else, counts or not, must hold no number from 1 to 10.
 */
const pageText = () => (document.body.textContent ?? '').replace(/Last \d+ (days|months)/g, '');

const countText = (search: string) => expectedCountText(api.db, search);
const totalIn = (text: string) =>
  Number(/^([\d,]+) reports? match/.exec(text)![1]!.replace(/,/g, ''));

describe('the map page', () => {
  it('asks only for the active layer; switching the layer writes the URL', async () => {
    const { container, user, search } = renderApp('/map?range=all');
    await mapReady(container);
    expect(geoRequests('countries')).toHaveLength(1);
    expect(geoRequests('grid')).toHaveLength(0);
    // The view the map opens on by itself is not written: /map stays a short link.
    expect(search().has('lat')).toBe(false);

    await user.click(screen.getByRole('radio', { name: 'Hotspot cells' }));
    expect(search().get('layer')).toBe('bins');
    await mapReady(container);
    const [grid] = geoRequests('grid');
    expect(grid?.url.searchParams.get('cellSize')).toMatch(/^\d/);
    expect(grid?.url.searchParams.get('extent')?.split(',')).toHaveLength(4);
    expect(container.querySelectorAll('path.hs-bin').length).toBeGreaterThan(0);

    await user.click(screen.getByRole('radio', { name: 'Countries' }));
    expect(search().has('layer')).toBe(false);
  });

  it('"Filter to this view" writes the visible box as a bbox filter, pushing history', async () => {
    const { container, user, search, router } = renderApp('/map?range=all&lat=50&lon=5&z=4');
    await mapReady(container);
    await user.click(screen.getByRole('button', { name: 'Filter to this view' }));
    const bbox = search().get('bbox')?.split(',').map(Number);
    expect(bbox).toHaveLength(4);
    expect(bbox![0]).toBeLessThanOrEqual(5);
    expect(bbox![2]).toBeGreaterThanOrEqual(5);
    expect(router.state.historyAction).toBe('PUSH');
    expect(search().get('z')).toBe('4');
  });

  it('falls back to the defaults for bad view parameters', async () => {
    const { container } = renderApp('/map?range=all&layer=volcano&lat=north&lon=999&z=');
    await mapReady(container);
    expect(screen.getByRole('radio', { name: 'Countries' })).toBeChecked();
  });

  it('filters by a country from the area table, pushing history', async () => {
    const { container, user, search, router } = renderApp('/map?range=all');
    await mapReady(container);
    const table = screen.getByRole('table', { name: 'Countries, most reports first' });
    const first = within(table).getAllByRole('button')[0]!;
    const name = first.textContent!.replace(/^Filter to /, '').trim();
    const code = api.db
      .metadata({ role: 'analyst', scopeCountries: null, k: 11 })
      .countries.find((c) => c.name === name)!.code;
    await user.click(first);
    expect(search().get('country')).toBe(code);
    expect(router.state.historyAction).toBe('PUSH');
    await screen.findByText(
      (_, el) =>
        el?.className === 'report-count' &&
        el.textContent === countText(`range=all&country=${code}`),
    );
  });

  it('choropleth: the countries add up to the total, and the count without coordinates is shown', async () => {
    const { container, user } = renderApp('/map?range=all');
    await mapReady(container);
    const total = totalIn(countText('range=all'));
    const rows = await areaRows(user, 'Countries, most reports first');
    const sum = rows.reduce((s, [, count]) => s + Number(count!.replace(/,/g, '')), 0);
    expect(sum).toBe(total);
    const { apiFilters } = parseFilterUrl(new URLSearchParams('range=all'), todayUtc());
    const caller: Caller = { role: 'analyst', scopeCountries: null, k: 11 };
    const without = api.db.countryBins(caller, apiFilters).withoutCoordinates.count!;
    expect(without).toBeGreaterThan(0);
    expect(screen.getByText(/matching reports have no coordinates/)).toHaveTextContent(
      new RegExp(`^${without.toLocaleString('en-GB')} matching reports have no coordinates`),
    );
  });

  it('bins: cells + located outside the view + no coordinates = the total', async () => {
    const { container, user } = renderApp('/map?range=all&layer=bins');
    await mapReady(container);
    const total = totalIn(countText('range=all'));
    const rows = await areaRows(user, 'Grid cells in this view, most reports first');
    expect(rows.length).toBeGreaterThan(0);
    const cells = rows.reduce((s, [, count]) => s + Number(count!.replace(/,/g, '')), 0);
    const [without, outside = 0] = numbersIn(
      screen.getByText(/have no coordinates and are not on the map/).textContent!,
    );
    expect(cells + outside + without!).toBe(total);
  });
});

describe('the map page for a partner', () => {
  it('shows only the scope’s countries and no number from 1 to 10', async () => {
    const { container, user } = renderApp('/map?range=all', { persona: PARTNER });
    await mapReady(container);
    const scope = new Set(api.db.regions().find((r) => r.code === '154')!.countries);
    const names = new Map(
      api.db
        .metadata({ role: 'partner', scopeCountries: scope, k: 11 })
        .countries.map((c) => [c.name, c.code]),
    );
    const rows = await areaRows(user, 'Countries, most reports first');
    expect(rows.length).toBeGreaterThan(0);
    for (const [label] of rows) {
      expect(scope.has(names.get(label!.replace(/^Filter to /, '').trim()) ?? '')).toBe(true);
    }
    // Every coloured shape is a scope country; the rest of the world is drawn without data.
    const drawn = [...container.querySelectorAll('path[data-area]')].map((p) =>
      p.getAttribute('data-area')!.replace(/^country:/, ''),
    );
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.filter((c) => !scope.has(c))).toEqual([]);
    expect(smallNumbersIn(pageText())).toEqual([]);

    await user.click(screen.getByRole('radio', { name: 'Hotspot cells' }));
    await mapReady(container);
    const bins = [...container.querySelectorAll('path.hs-bin')];
    expect(bins.length).toBeGreaterThan(0);
    const scopeBoxes = [...scope].flatMap((c) => (COUNTRY_BOXES[c] ? [COUNTRY_BOXES[c]] : []));
    const size = Number(geoRequests('grid').at(-1)!.url.searchParams.get('cellSize'));
    for (const bin of bins) {
      const [south, west] = bin.getAttribute('data-area')!.split(':').slice(1).map(Number);
      const cell = [west!, south!, west! + size, south! + size] as const;
      expect(scopeBoxes.some((box) => bboxesIntersect(cell, box))).toBe(true);
    }
    expect(smallNumbersIn(pageText())).toEqual([]);
  });
});

import './leaflet-in-jsdom.ts';
import { act, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HotspotOverviewPanel } from '../../../src/features/hotspots/components/hotspot-overview-panel.tsx';
import { setUpMockApi } from '../../app/mock-api.ts';
import { FakeIntersectionObserver } from '../../setup/fake-intersection-observer.ts';
import { renderWithProviders } from '../../setup/render.tsx';
import { smallNumbersIn } from './fixtures.ts';

const api = setUpMockApi();

afterEach(() => {
  vi.unstubAllGlobals();
  FakeIntersectionObserver.reset();
});

function Search() {
  return <output data-testid="search">{useLocation().search}</output>;
}

function renderPanel(url: string, persona?: string) {
  return renderWithProviders(
    <>
      <HotspotOverviewPanel />
      <Search />
    </>,
    { url, persona },
  );
}

describe('HotspotOverviewPanel', () => {
  it('draws the countries of the current filters, links to the map with them, and filters on a row', async () => {
    const { container, user } = renderPanel('/?range=all&urgency=high&split=urgency');
    await waitFor(() =>
      expect(container.querySelector('.hs-map-region')).toHaveAttribute('data-state', 'ready'),
    );
    expect(geoCountryRequests()[0]?.searchParams.get('urgency')).toBe('high');
    expect(screen.getByText(/matching reports? ha(s|ve) no coordinates/)).toBeInTheDocument();
    // The view's own parameters stay behind; the filters go along.
    expect(screen.getByRole('link', { name: 'Open the map' })).toHaveAttribute(
      'href',
      '/map?range=all&urgency=high',
    );
    const table = screen.getByRole('table', { name: 'Countries, most reports first' });
    const buttons = within(table).getAllByRole('button');
    expect(buttons).toHaveLength(5);
    await user.click(buttons[0]!);
    expect(screen.getByTestId('search').textContent).toMatch(/[?&]country=[A-Z]{2}(&|$)/);
  });

  it('starts Leaflet only when the map comes near the viewport, with its table there already', async () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    const { container } = renderPanel('/?range=all');
    // The counts arrive and the table of countries is drawn while the map waits below the fold.
    await screen.findByRole('table', { name: 'Countries, most reports first' });
    const region = screen.getByRole('region', { name: 'Map: Reports per country' });
    expect(region.querySelector('.hs-map')).not.toBeNull();
    expect(region.querySelector('.leaflet-container')).toBeNull();
    expect(region).toHaveAttribute('data-state', 'loading');

    await act(async () => FakeIntersectionObserver.instances.forEach((o) => o.report(true)));
    await waitFor(() => expect(region).toHaveAttribute('data-state', 'ready'));
    expect(region.querySelector('.leaflet-container')).not.toBeNull();
    expect(container.querySelectorAll('path[data-area]').length).toBeGreaterThan(0);
  });

  it('shows a partner their scope only, with no number from 1 to 10', async () => {
    const { container } = renderPanel('/?range=all', 'demo-partner-154');
    await waitFor(() =>
      expect(container.querySelector('.hs-map-region')).toHaveAttribute('data-state', 'ready'),
    );
    const scope = new Set(api.db.regions().find((r) => r.code === '154')!.countries);
    const drawn = [...container.querySelectorAll('path[data-area]')].map((p) =>
      p.getAttribute('data-area')!.replace('country:', ''),
    );
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.filter((c) => !scope.has(c))).toEqual([]);
    expect(smallNumbersIn(container.textContent ?? '')).toEqual([]);
  });
});

const geoCountryRequests = () =>
  api.requests
    .filter((r) => r.url.pathname.endsWith('/aggregates/geo/countries'))
    .map((r) => r.url);

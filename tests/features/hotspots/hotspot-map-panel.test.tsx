import './leaflet-in-jsdom.ts';
import { act, render, screen, waitFor, within, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { CountryBins, GridBins } from '../../../src/api/contract/aggregate-schemas.ts';
import {
  HotspotMapPanel,
  type HotspotMapPanelProps,
} from '../../../src/features/hotspots/components/hotspot-map-panel.tsx';
import { n, PARTNER, smallNumbersIn, SUPPRESSED } from './fixtures.ts';

/** What a partner scoped to GB + IE might get, including what the API should never send. */
const countryBins: CountryBins = {
  items: [
    { country: 'GB', count: n(820) },
    { country: 'IE', count: n(7) },
    { country: 'FR', count: n(5000) }, // outside the scope
  ],
  total: n(900),
  withoutCoordinates: n(3),
};
const gridBins: GridBins = {
  cellSize: 1,
  cells: [
    { south: 51, west: -1, count: n(300) },
    { south: 53, west: -7, count: SUPPRESSED },
    { south: 48, west: 2, count: n(4000) }, // Paris: outside the scope
  ],
  outsideExtent: n(2),
  total: n(900),
  withoutCoordinates: SUPPRESSED,
};

async function renderPanel(overrides: Partial<HotspotMapPanelProps> = {}) {
  const props: HotspotMapPanelProps = {
    layer: 'choropleth',
    onLayerChange: vi.fn(),
    countryBins,
    gridBins,
    view: null,
    onViewChange: vi.fn(),
    onSelectCountry: vi.fn(),
    onFilterToView: vi.fn(),
    disclosure: PARTNER,
    scope: { label: 'British Isles', countries: ['GB', 'IE'] },
    ...overrides,
  };
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(<HotspotMapPanel {...props} />);
  });
  await waitFor(
    () => expect(result!.container.querySelectorAll('path.hs-country').length).toBeGreaterThan(170),
    { timeout: 10_000 },
  );
  return { props, ...result! };
}

describe('HotspotMapPanel for a partner', () => {
  it('shows only the scope, with small counts as <11 and no number from 1 to 10 anywhere', async () => {
    const { container } = await renderPanel();
    const table = screen.getByRole('table', { name: 'Countries, most reports first' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual(['Filter to United Kingdom820', 'Filter to Ireland<11']);
    expect(container.textContent).not.toContain('France');
    expect(
      screen.getByText(/^<11 matching reports have no coordinates|^3 matching/),
    ).toHaveTextContent('<11');
    expect(smallNumbersIn(container.textContent ?? '')).toEqual([]);
  });

  it('filters by a country from the table', async () => {
    const user = userEvent.setup();
    const { props } = await renderPanel();
    await user.click(screen.getByRole('button', { name: 'Filter to Ireland' }));
    expect(props.onSelectCountry).toHaveBeenCalledWith('IE');
  });

  it('lists the scope’s grid cells on the bins layer, each filtering to its box', async () => {
    const user = userEvent.setup();
    const { props, container } = await renderPanel({ layer: 'bins' });
    const table = screen.getByRole('table', {
      name: 'Grid cells in this view, most reports first',
    });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'Filter to 51°N to 52°N, 1°W to 0°300',
      'Filter to 53°N to 54°N, 7°W to 6°W<11',
    ]);
    expect(container.querySelectorAll('path.hs-bin')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Filter to 53°N to 54°N, 7°W to 6°W' }));
    expect(props.onFilterToView).toHaveBeenCalledWith([-7, 53, -6, 54]);
    expect(screen.getByText(/located reports are outside this view/)).toHaveTextContent(
      '<11 matching reports have no coordinates and are not on the map. <11 located reports are outside this view.',
    );
    expect(smallNumbersIn(container.textContent ?? '')).toEqual([]);
  });

  it('switches layers from the radio group', async () => {
    const user = userEvent.setup();
    const { props } = await renderPanel();
    await user.click(screen.getByRole('radio', { name: 'Heat' }));
    expect(props.onLayerChange).toHaveBeenCalledWith('heat');
  });
});

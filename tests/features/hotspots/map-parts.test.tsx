import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AreaList } from '../../../src/features/hotspots/components/area-list.tsx';
import { LayerSwitcher } from '../../../src/features/hotspots/components/layer-switcher.tsx';
import { MapActions } from '../../../src/features/hotspots/components/map-actions.tsx';
import { MapLegend } from '../../../src/features/hotspots/components/map-legend.tsx';
import { UnlocatedCount } from '../../../src/features/hotspots/components/unlocated-count.tsx';
import { countryRows } from '../../../src/features/hotspots/lib/area-rows.ts';
import { countryName } from '../../../src/lib/country-name.ts';
import { buildCountScale } from '../../../src/features/hotspots/lib/count-scale.ts';
import { ANALYST, n, PARTNER, smallNumbersIn, SUPPRESSED } from './fixtures.ts';

/** A partner's data as the API might (wrongly) send it: small counts included. */
const partnerItems = [
  { country: 'GB', count: n(1520) },
  { country: 'IE', count: n(3) },
  { country: 'NO', count: SUPPRESSED },
  { country: 'IS', count: n(0) },
  { country: 'SE', count: n(48) },
];

describe('AreaList', () => {
  it('is a table of areas in count order, each a button that filters', async () => {
    const user = userEvent.setup();
    const onActivate = vi.fn();
    const onHighlight = vi.fn();
    render(
      <AreaList
        rows={countryRows(partnerItems, ANALYST, countryName)}
        caption="Countries, most reports first"
        disclosure={ANALYST}
        onActivate={onActivate}
        onHighlight={onHighlight}
      />,
    );
    const table = screen.getByRole('table', { name: 'Countries, most reports first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'Filter to United Kingdom1,520',
      'Filter to Sweden48',
      'Filter to Ireland3',
      'Filter to Norway<11',
      'Filter to Iceland0',
    ]);
    await user.click(screen.getByRole('button', { name: 'Filter to Sweden' }));
    expect(onActivate).toHaveBeenCalledWith(expect.objectContaining({ country: 'SE' }));
    expect(onHighlight).toHaveBeenLastCalledWith('country:SE');
    await user.keyboard('{Tab}');
    expect(screen.getByRole('button', { name: 'Filter to Ireland' })).toHaveFocus();
    expect(onHighlight).toHaveBeenLastCalledWith('country:IE');
    await user.keyboard('{Enter}');
    expect(onActivate).toHaveBeenLastCalledWith(expect.objectContaining({ country: 'IE' }));
  });

  it('shows a partner "<11" and never a number from 1 to 10', () => {
    const { container } = render(
      <AreaList
        rows={countryRows(partnerItems, PARTNER, countryName)}
        caption="Countries"
        disclosure={PARTNER}
        onActivate={() => {}}
      />,
    );
    expect(screen.getAllByText('<11')).toHaveLength(2);
    expect(smallNumbersIn(container.textContent ?? '')).toEqual([]);
  });

  it('shows the first rows, and all of them on request', async () => {
    const user = userEvent.setup();
    const rows = countryRows(
      ['FR', 'DE', 'ES', 'IT', 'PT'].map((country, i) => ({ country, count: n(100 - i) })),
      ANALYST,
    );
    render(
      <AreaList
        rows={rows}
        caption="Countries"
        disclosure={ANALYST}
        onActivate={() => {}}
        limit={2}
      />,
    );
    expect(screen.getAllByRole('row')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Show all 5 areas' }));
    expect(screen.getAllByRole('row')).toHaveLength(6);
  });

  it('says so when there is nothing to list', () => {
    render(<AreaList rows={[]} caption="Countries" disclosure={ANALYST} onActivate={() => {}} />);
    expect(screen.getByText('No areas with reports in this view.')).toBeInTheDocument();
  });
});

describe('MapLegend', () => {
  it('lists 0, suppressed and the classes as text', () => {
    const scale = buildCountScale(
      partnerItems.map((i) => i.count),
      PARTNER,
    );
    render(<MapLegend layer="choropleth" scale={scale} disclosure={PARTNER} showOutsideScope />);
    const list = screen.getByRole('list', { name: 'Reports per country' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items[0]).toBe('0');
    expect(items[1]).toBe('<11 (suppressed)');
    expect(items.slice(2, -1)).toEqual(scale.ranges.map((r) => r.label));
    expect(items.at(-1)).toBe('Outside your area (no data shown)');
  });

  it('never shows a partner a number from 1 to 10, on any layer', () => {
    for (const layer of ['choropleth', 'bins', 'heat'] as const) {
      const scale = buildCountScale(
        partnerItems.map((i) => i.count),
        PARTNER,
      );
      const { container, unmount } = render(
        <MapLegend layer={layer} scale={scale} disclosure={PARTNER} />,
      );
      expect(smallNumbersIn(container.textContent ?? ''), layer).toEqual([]);
      unmount();
    }
  });

  it('explains bin sizes, and the fixed size of suppressed bins', () => {
    const scale = buildCountScale([n(40), SUPPRESSED], PARTNER);
    render(<MapLegend layer="bins" scale={scale} disclosure={PARTNER} />);
    expect(
      screen.getByText(
        /Circle area shows the reports in each cell\. Cells with fewer than 11 reports are drawn small and marked <11\./,
      ),
    ).toBeInTheDocument();
  });
});

describe('UnlocatedCount', () => {
  it('says how many matching reports are not on the map', () => {
    render(<UnlocatedCount count={n(1234)} disclosure={ANALYST} layer="bins" />);
    expect(
      screen.getByText('1,234 matching reports have no coordinates and are not on the map.'),
    ).toBeInTheDocument();
  });

  it('shows a partner <11, not the number', () => {
    const { container } = render(
      <UnlocatedCount count={n(6)} disclosure={PARTNER} layer="heat" outsideView={SUPPRESSED} />,
    );
    expect(container.textContent).toContain('<11 matching reports have no coordinates');
    expect(smallNumbersIn(container.textContent ?? '')).toEqual([]);
  });
});

describe('LayerSwitcher', () => {
  it('is a radio group that switches layers', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<LayerSwitcher value="choropleth" onChange={onChange} />);
    const group = screen.getByRole('group', { name: 'Map layer' });
    expect(within(group).getByRole('radio', { name: 'Countries' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: 'Hotspot cells' }));
    expect(onChange).toHaveBeenCalledWith('bins');
  });
});

describe('MapActions', () => {
  it('filters to the view, or cannot when the whole world is shown', async () => {
    const user = userEvent.setup();
    const onFilterToView = vi.fn();
    const { rerender } = render(
      <MapActions bbox={null} onFilterToView={onFilterToView} onExportImage={async () => {}} />,
    );
    expect(screen.getByRole('button', { name: 'Filter to this view' })).toBeDisabled();
    rerender(
      <MapActions
        bbox={[-10, 40, 10, 60]}
        onFilterToView={onFilterToView}
        onExportImage={async () => {}}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Filter to this view' }));
    expect(onFilterToView).toHaveBeenCalledWith([-10, 40, 10, 60]);
  });

  it('reports an export that fails', async () => {
    const user = userEvent.setup();
    const onPrint = vi.fn();
    render(
      <MapActions
        bbox={null}
        onFilterToView={() => {}}
        onExportImage={() => Promise.reject(new Error('This browser cannot draw images.'))}
        onPrint={onPrint}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Export map image' }));
    expect(await screen.findByRole('status')).toHaveTextContent('This browser cannot draw images.');
    await user.click(screen.getByRole('button', { name: 'Print map' }));
    expect(onPrint).toHaveBeenCalled();
  });
});

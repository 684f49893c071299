import './leaflet-in-jsdom.ts';
import { act, fireEvent, render, screen, waitFor, type RenderResult } from '@testing-library/react';
import { CircleMarker } from 'leaflet';
import { describe, expect, it, vi } from 'vitest';
import {
  HotspotMap,
  type HotspotMapProps,
} from '../../../src/features/hotspots/components/hotspot-map.tsx';
import { buildCountScale } from '../../../src/features/hotspots/lib/count-scale.ts';
import type { MapViewport } from '../../../src/features/hotspots/lib/map-types.ts';
import { ANALYST, choroplethProps, n, PARTNER, smallNumbersIn, SUPPRESSED } from './fixtures.ts';

const countries = [
  { country: 'GB', count: n(1520) },
  { country: 'FR', count: n(30) },
  { country: 'MT', count: n(12) }, // too small for the 110m shapes: drawn as a circle
];

async function renderMap(overrides: Partial<HotspotMapProps> = {}) {
  const props = choroplethProps(countries, overrides);
  // The shapes load in their own chunk and the layer suspends until then: render inside act.
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(<HotspotMap {...props} />);
  });
  return { props, ...result! };
}

const shapesLoaded = (container: HTMLElement) =>
  waitFor(() => expect(container.querySelectorAll('path.hs-country').length).toBeGreaterThan(170), {
    timeout: 10_000,
  });

describe('HotspotMap (jsdom smoke test)', () => {
  it('draws the Natural Earth basemap as a choropleth, and filters on a click', async () => {
    const { container, props } = await renderMap();
    await shapesLoaded(container);
    expect(screen.getByRole('region', { name: 'Map of reports' })).toBeInTheDocument();
    // No tile layer by default: nothing is fetched from a tile server.
    expect(container.querySelector('.leaflet-tile-pane img')).toBeNull();
    const top = scaleClass(props, 1520);
    const coloured = container.querySelectorAll(`path.hs-country.${top}`);
    expect(coloured.length).toBeGreaterThan(0);
    expect(container.querySelectorAll('path.hs-country.hs-zero').length).toBeGreaterThan(150);
    fireEvent.click(coloured[0]!);
    expect(props.onSelectCountry).toHaveBeenCalledWith('GB');
    // Malta has no 1:110m shape: a circle stands in for it.
    expect(container.querySelectorAll('path.hs-country').length).toBeGreaterThan(
      container.querySelectorAll('path.hs-land').length,
    );
  });

  it('reports its viewport on mount: view, grid request and bbox', async () => {
    const onViewChange = vi.fn<(v: MapViewport) => void>();
    await renderMap({ onViewChange });
    await waitFor(() => expect(onViewChange).toHaveBeenCalled());
    const viewport = onViewChange.mock.calls[0]![0];
    expect(viewport.view).toEqual({ lat: 50, lon: 0, zoom: 4 });
    expect(viewport.grid.cellSize).toBe(5);
  });

  it('draws a partner’s bins with suppressed cells small and marked <11, no small number anywhere', async () => {
    const cells = [
      { south: 51, west: -1, count: n(200) },
      { south: 53, west: -2, count: SUPPRESSED },
      { south: 54, west: -3, count: n(4) }, // wrongly unsuppressed by the API
    ];
    const { container } = await renderMap({
      layer: 'bins',
      cells,
      countries: [{ country: 'GB', count: n(300) }],
      scale: buildCountScale(
        cells.map((c) => c.count),
        PARTNER,
      ),
      disclosure: PARTNER,
      scope: ['GB', 'IE'],
      view: null,
    });
    await shapesLoaded(container);
    expect(container.querySelectorAll('path.hs-bin')).toHaveLength(3);
    expect(container.querySelectorAll('path.hs-bin.hs-suppressed')).toHaveLength(2);
    expect(screen.getAllByText('<11')).toHaveLength(2);
    // Land outside the scope is drawn, but as "outside", with no data.
    expect(container.querySelectorAll('path.hs-outside').length).toBeGreaterThan(150);
    expect(smallNumbersIn(container.textContent ?? '')).toEqual([]);
  });

  it('switches to the heat layer without drawing bins', async () => {
    const { container } = await renderMap({
      layer: 'heat',
      cells: [{ south: 51, west: -1, count: n(200) }],
    });
    await shapesLoaded(container);
    expect(container.querySelectorAll('path.hs-bin')).toHaveLength(0);
    expect(container.querySelector('canvas.hs-heat')).not.toBeNull();
  });
});

/** The map with Malta's circle drawn (no 1:110m shape), and a redraw with other props. */
async function renderMalta() {
  const names = { MT: 'Malta' };
  const { container, props, rerender } = await renderMap({ countryNames: names });
  await shapesLoaded(container);
  const malta = container.querySelector('path[data-area="country:MT"]');
  expect(malta).not.toBeNull();
  const redraw = (changed: Partial<HotspotMapProps>) =>
    act(async () => {
      rerender(<HotspotMap {...props} countryNames={names} {...changed} />);
    });
  return { container, malta: malta!, redraw };
}

describe('HotspotMap redraws', () => {
  it('keeps a small country’s circle in place when only the counts change: not moved, not re-bound', async () => {
    const { container, malta, redraw } = await renderMalta();
    const moved = vi.spyOn(CircleMarker.prototype, 'setLatLng');
    const unbound = vi.spyOn(CircleMarker.prototype, 'off');
    try {
      const next = countries.map((c) => ({ ...c, count: n(c.count.count! + 1) }));
      await redraw({ countries: next });
      expect(container.querySelector('path[data-area="country:MT"]')).toBe(malta);
      expect(moved).not.toHaveBeenCalled();
      expect(unbound).not.toHaveBeenCalled();
      // The circle has the new count (its tooltip, opened as the area list does).
      await redraw({ countries: next, highlight: 'country:MT' });
      expect(await screen.findByText('Malta: 13 reports')).toBeInTheDocument();
    } finally {
      moved.mockRestore();
      unbound.mockRestore();
    }
  });

  it('hides a small country’s circle while an answer leaves it out, and shows the same one again', async () => {
    const { container, malta, redraw } = await renderMalta();
    const added = vi.spyOn(CircleMarker.prototype, 'onAdd');
    try {
      await redraw({ countries: countries.filter((c) => c.country !== 'MT') });
      // Not drawn and not named, but not removed: Leaflet keeps the layer.
      expect(container.querySelector('path[data-area="country:MT"]')).toBeNull();
      expect(malta.isConnected).toBe(true);
      expect(malta).toHaveClass('hs-hidden');
      await redraw({ countries });
      expect(container.querySelector('path[data-area="country:MT"]')).toBe(malta);
      expect(malta).not.toHaveClass('hs-hidden');
      expect(added).not.toHaveBeenCalled();
    } finally {
      added.mockRestore();
    }
  });
});

describe('HotspotMap bins', () => {
  it('re-binds no bin when the bins are redrawn with new counts, and a click still filters', async () => {
    const cells = [
      { south: 51, west: -1, count: n(200) },
      { south: 53, west: -2, count: n(40) },
    ];
    const { container, props, rerender } = await renderMap({
      layer: 'bins',
      cells,
      scale: buildCountScale(
        cells.map((c) => c.count),
        ANALYST,
      ),
    });
    await shapesLoaded(container);
    expect(container.querySelectorAll('path.hs-bin')).toHaveLength(2);
    const unbound = vi.spyOn(CircleMarker.prototype, 'off');
    try {
      const next = cells.map((c) => ({ ...c, count: n(c.count.count! + 1) }));
      await act(async () => {
        rerender(<HotspotMap {...props} cells={next} />);
      });
      expect(unbound).not.toHaveBeenCalled();
    } finally {
      unbound.mockRestore();
    }
    fireEvent.click(container.querySelectorAll('path.hs-bin')[0]!);
    expect(props.onSelectCell).toHaveBeenCalledWith([-1, 51, 0, 52]);
  });
});

describe('HotspotMap tooltips', () => {
  it('opens a highlighted country’s tooltip (keyboard focus in the area list) as React text', async () => {
    const { container } = await renderMap({
      highlight: 'country:GB',
      countryNames: { GB: '<img src=x onerror=alert(1)>Britain' },
    });
    await shapesLoaded(container);
    expect(
      await screen.findByText('<img src=x onerror=alert(1)>Britain: 1,520 reports'),
    ).toBeInTheDocument();
    expect(container.querySelector('.leaflet-tooltip img')).toBeNull();
  });
});

function scaleClass(props: HotspotMapProps, value: number): string {
  const cls = props.scale.classify(n(value));
  return cls.className;
}

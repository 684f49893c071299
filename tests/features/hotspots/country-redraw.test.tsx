import './leaflet-in-jsdom.ts';
import { act, render, screen, waitFor, type RenderResult } from '@testing-library/react';
import type * as ReactLeaflet from 'react-leaflet';
import { describe, expect, it, vi } from 'vitest';
import {
  HotspotMap,
  type HotspotMapProps,
} from '../../../src/features/hotspots/components/hotspot-map.tsx';
import { buildCountScale } from '../../../src/features/hotspots/lib/count-scale.ts';
import { ANALYST, n } from './fixtures.ts';

/**
 * A filter change gives most countries a new count. The shapes must show it (colour, tooltip)
 * without rendering their react-leaflet components again: at 1M reports that was ~180
 * Polygons and Tooltips per change (see live-tooltip-text.tsx).
 */

const renders = vi.hoisted(() => ({ Polygon: 0, CircleMarker: 0, Tooltip: 0 }));

// The real components, each render counted.
vi.mock('react-leaflet', async (importOriginal) => {
  const actual = await importOriginal<typeof ReactLeaflet>();
  const { createElement, forwardRef } = await import('react');
  const counted = (name: keyof typeof renders, Component: React.ElementType) =>
    forwardRef<unknown, Record<string, unknown>>(function Counted(props, ref) {
      renders[name]++;
      return createElement(Component, { ...props, ref });
    });
  return {
    ...actual,
    Polygon: counted('Polygon', actual.Polygon),
    CircleMarker: counted('CircleMarker', actual.CircleMarker),
    Tooltip: counted('Tooltip', actual.Tooltip),
  };
});

const names = { GB: 'Britain', MT: 'Malta' };
const countriesWith = (gb: number) => [
  { country: 'GB', count: n(gb) },
  { country: 'FR', count: n(30) },
  { country: 'MT', count: n(gb - 1000) }, // no 1:110m shape: a circle
];

async function renderMap() {
  const props = (gb: number, highlight: string | null = null): HotspotMapProps => {
    const countries = countriesWith(gb);
    return {
      layer: 'choropleth',
      countries,
      cells: [],
      cellSize: 1,
      scale: buildCountScale(
        countries.map((c) => c.count),
        ANALYST,
      ),
      disclosure: ANALYST,
      view: { lat: 50, lon: 0, zoom: 4 },
      onViewChange: vi.fn(),
      onSelectCountry: vi.fn(),
      onSelectCell: vi.fn(),
      countryNames: names,
      highlight,
    };
  };
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(<HotspotMap {...props(1520)} />);
  });
  const { container, rerender } = result!;
  await waitFor(
    () => expect(container.querySelectorAll('path.hs-country').length).toBeGreaterThan(170),
    { timeout: 10_000 },
  );
  const redraw = (gb: number, highlight: string | null = null) =>
    act(async () => {
      rerender(<HotspotMap {...props(gb, highlight)} />);
    });
  return { container, redraw };
}

describe('country shapes given new counts', () => {
  it('render none of their Leaflet components again, yet show the new counts', async () => {
    const { container, redraw } = await renderMap();
    const britain = container.querySelector('path[data-area="country:GB"]');
    const malta = container.querySelector('path[data-area="country:MT"]');
    renders.Polygon = renders.CircleMarker = renders.Tooltip = 0;

    // Britain's and Malta's counts change, and with them their tooltips' text.
    await redraw(1600);
    expect(renders).toEqual({ Polygon: 0, CircleMarker: 0, Tooltip: 0 });
    expect(container.querySelector('path[data-area="country:GB"]')).toBe(britain);
    expect(container.querySelector('path[data-area="country:MT"]')).toBe(malta);

    // Opened (as the area list does from the keyboard), each tooltip reads the count now drawn…
    await redraw(1600, 'country:GB');
    expect(await screen.findByText('Britain: 1,600 reports')).toBeInTheDocument();
    await redraw(1600, 'country:MT');
    expect(await screen.findByText('Malta: 600 reports')).toBeInTheDocument();
    // …and an open tooltip follows the next change as it is drawn.
    await redraw(1700, 'country:MT');
    expect(await screen.findByText('Malta: 700 reports')).toBeInTheDocument();
    expect(screen.queryByText('Malta: 600 reports')).toBeNull();
  });
});

import './leaflet-in-jsdom.ts';
import { act, render, screen, waitFor, type RenderResult } from '@testing-library/react';
import type * as ReactLeaflet from 'react-leaflet';
import type * as CountryLayerModule from '../../../src/features/hotspots/components/country-layer.tsx';
import type * as DisclosureModule from '../../../src/features/hotspots/lib/disclosure.ts';
import { Map as LeafletMap } from 'leaflet';
import { describe, expect, it, vi } from 'vitest';
import {
  HotspotMap,
  type HotspotMapProps,
} from '../../../src/features/hotspots/components/hotspot-map.tsx';
import { choroplethProps, n } from './fixtures.ts';

/**
 * A filter change gives most countries a new count. The shapes must show it (colour, tooltip)
 * without rendering their react-leaflet components again: at 1M reports that was ~180
 * Polygons and Tooltips per change (see live-tooltip-text.tsx).
 */

const renders = vi.hoisted(() => ({ Polygon: 0, CircleMarker: 0, Tooltip: 0, CountryLayer: 0 }));
// Tooltip texts worked out: one per shape each time the layer lays its shapes out.
const phrases = vi.hoisted(() => ({ count: 0 }));

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

// The layer that lays out every country shape, its renders counted.
vi.mock('../../../src/features/hotspots/components/country-layer.tsx', async (importOriginal) => {
  const actual = await importOriginal<typeof CountryLayerModule>();
  const { createElement } = await import('react');
  return {
    ...actual,
    CountryLayer: (props: Parameters<typeof actual.CountryLayer>[0]) => {
      renders.CountryLayer++;
      return createElement(actual.CountryLayer, props);
    },
  };
});

vi.mock('../../../src/features/hotspots/lib/disclosure.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof DisclosureModule>();
  return {
    ...actual,
    countPhrase: (...args: Parameters<typeof actual.countPhrase>) => {
      phrases.count++;
      return actual.countPhrase(...args);
    },
  };
});

const names = { GB: 'Britain', MT: 'Malta' };
const countriesWith = (gb: number) => [
  { country: 'GB', count: n(gb) },
  { country: 'FR', count: n(30) },
  { country: 'MT', count: n(gb - 1000) }, // no 1:110m shape: a circle
];

async function renderMap() {
  const props = (gb: number, highlight: string | null = null): HotspotMapProps =>
    choroplethProps(countriesWith(gb), { countryNames: names, highlight });
  const first = props(1520);
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(<HotspotMap {...first} />);
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
  /** The same props as given, but for these. */
  const redrawWith = (given: HotspotMapProps, changed: Partial<HotspotMapProps>) =>
    act(async () => {
      rerender(<HotspotMap {...given} {...changed} />);
    });
  return { container, redraw, redrawWith, first, props };
}

describe('country shapes drawn at first', () => {
  it('are laid out once for the answer, not again at each step that adds them', async () => {
    phrases.count = 0;
    const { container } = await renderMap();
    // Every step taken: the map says it is drawn.
    await waitFor(() => expect(container.querySelectorAll('[data-state="ready"]').length).toBe(1));
    const shapes = container.querySelectorAll('path.hs-country[data-area]').length;
    // About 180 shapes, added 40 a step: laid out again at each step, that was 6 phrases a
    // shape; once for the answer it is 2 (the small countries' circles are noted as it renders).
    expect(shapes).toBeGreaterThan(170);
    expect(phrases.count).toBeLessThanOrEqual(2 * shapes);
  });
});

describe('country shapes given new counts', () => {
  it('render none of their Leaflet components again, yet show the new counts', async () => {
    const { container, redraw } = await renderMap();
    const britain = container.querySelector('path[data-area="country:GB"]');
    const malta = container.querySelector('path[data-area="country:MT"]');
    Object.assign(renders, { Polygon: 0, CircleMarker: 0, Tooltip: 0, CountryLayer: 0 });

    // Britain's and Malta's counts change, and with them their tooltips' text.
    await redraw(1600);
    expect(renders).toMatchObject({ Polygon: 0, CircleMarker: 0, Tooltip: 0 });
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

  it('are not laid out again while a filter change waits for its answer', async () => {
    const { redrawWith, first, props } = await renderMap();
    // The filter change has rendered: the map says it is loading, for the new URL, and
    // still draws the previous answer (the panel passes the same props otherwise).
    Object.assign(renders, { CountryLayer: 0 });
    await redrawWith(first, { dataReady: false, drawnFor: '?urgency=high' });
    expect(renders.CountryLayer).toBe(0);
    // Its answer is laid out.
    await redrawWith(props(1600), { dataReady: true, drawnFor: '?urgency=high' });
    expect(renders.CountryLayer).toBeGreaterThan(0);
  });

  it("leave the map's own listeners bound", async () => {
    const { redraw } = await renderMap();
    // Each unbinding searches the map's list of listeners of that kind; a handler made anew
    // at each render was unbound and bound again at every filter change.
    const off = vi.spyOn(LeafletMap.prototype, 'off');
    const on = vi.spyOn(LeafletMap.prototype, 'on');
    try {
      await redraw(1600);
      await redraw(1700);
      // The kinds of event unbound and bound.
      expect((off.mock.calls as unknown[][]).map((call) => call[0])).toEqual([]);
      expect((on.mock.calls as unknown[][]).map((call) => call[0])).toEqual([]);
    } finally {
      off.mockRestore();
      on.mockRestore();
    }
  });
});

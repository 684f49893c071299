import { describe, expect, it } from 'vitest';
import { layerPatch, parseMapUrl, viewPatch } from '../../../src/features/hotspots/lib/map-url.ts';
import { disclosureFor, scopeFor } from '../../../src/features/hotspots/lib/viewer.ts';

const parse = (search: string) => parseMapUrl(new URLSearchParams(search));

describe('the map’s URL parameters', () => {
  it('reads the layer and a complete view', () => {
    expect(parse('layer=heat&lat=51.5&lon=-0.12&z=6.25')).toEqual({
      layer: 'heat',
      view: { lat: 51.5, lon: -0.12, zoom: 6.25 },
    });
  });

  it.each([
    ['', 'nothing'],
    ['lat=51&lon=0', 'no zoom'],
    ['lat=north&lon=0&z=3', 'a word'],
    ['lat=89&lon=0&z=3', 'beyond the Mercator map'],
    ['lat=10&lon=200&z=3', 'a longitude past 180'],
    ['lat=10&lon=0&z=40', 'an impossible zoom'],
    ['lat=10&lon=0&z=', 'an empty zoom'],
    ['lat=Infinity&lon=0&z=2', 'infinity'],
  ])('falls back to no view (the scope, or the world) for %s (%s)', (search) => {
    expect(parse(search).view).toBeNull();
  });

  it('falls back to the choropleth for an unknown layer', () => {
    expect(parse('layer=volcano').layer).toBe('choropleth');
    expect(parse('layer=').layer).toBe('choropleth');
  });

  it('writes a view without touching a good layer, and drops a bad or default one', () => {
    const view = { lat: 50, lon: 2, zoom: 4 };
    expect(viewPatch(view, 'bins')).toEqual({ lat: '50', lon: '2', z: '4' });
    expect(viewPatch(view, null)).toEqual({ lat: '50', lon: '2', z: '4' });
    expect(viewPatch(view, 'volcano')).toEqual({ lat: '50', lon: '2', z: '4', layer: null });
    expect(viewPatch(view, 'choropleth')).toEqual({ lat: '50', lon: '2', z: '4', layer: null });
    expect(layerPatch('choropleth')).toEqual({ layer: null });
    expect(layerPatch('bins')).toEqual({ layer: 'bins' });
  });
});

describe('what the viewer may see', () => {
  it('suppresses small counts for partners only, at their k', () => {
    expect(disclosureFor({ role: 'partner', suppressionThreshold: 11 })).toEqual({
      k: 11,
      suppressSmall: true,
    });
    expect(disclosureFor({ role: 'analyst', suppressionThreshold: 11 }).suppressSmall).toBe(false);
  });

  it('limits the map to a scope of countries', () => {
    expect(scopeFor({ scope: { kind: 'all' } })).toBeNull();
    expect(
      scopeFor({ scope: { kind: 'countries', label: 'Northern Europe', countries: ['GB'] } }),
    ).toEqual({ label: 'Northern Europe', countries: ['GB'] });
  });
});

import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import numericToAlpha2 from './iso-numeric-to-alpha2.json';
import { continuousPolygons, type LonLat } from './world-copies.ts';

/**
 * The basemap: Natural Earth country shapes from `world-atlas`, joined to ISO 3166-1 alpha-2
 * codes (the API's country codes). world-atlas ids are ISO numeric codes; the table that maps
 * them is generated once (scripts/generate-country-tables.ts) so the app never ships the
 * `iso-3166-1` package.
 */

export type ShapeDetail = '110m' | '50m';

export interface CountryShape {
  /** ISO 3166-1 alpha-2, or null for a shape that no code covers. */
  code: string | null;
  /** Natural Earth's short name (the page may prefer the API's country names). */
  name: string;
  /** Polygons → rings → [lat, lon] for Leaflet, longitudes continuous (see world-copies). */
  latLngs: [number, number][][][];
  west: number;
  east: number;
}

/**
 * Shapes Natural Earth draws without an ISO numeric id, joined to the code the API files their
 * reports under: ISO 3166-1 counts these areas as part of Somalia and Cyprus; Kosovo has no
 * ISO code, "XK" is the user-assigned code in common use (EU, World Bank).
 */
const UNNUMBERED: Readonly<Record<string, string>> = {
  Somaliland: 'SO',
  'N. Cyprus': 'CY',
  Kosovo: 'XK',
};

const alpha2ByNumeric: Readonly<Record<string, string>> = numericToAlpha2;

export function alpha2ForShape(id: string | number | undefined, name: string): string | null {
  if (id !== undefined) return alpha2ByNumeric[String(id).padStart(3, '0')] ?? null;
  return UNNUMBERED[name] ?? null;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;
type CountryGeometry = CountriesTopology['objects']['countries']['geometries'][number];

function isCountriesTopology(x: unknown): x is CountriesTopology {
  if (typeof x !== 'object' || x === null) return false;
  const t = x as { type?: unknown; objects?: { countries?: { type?: unknown } } };
  return t.type === 'Topology' && t.objects?.countries?.type === 'GeometryCollection';
}

/**
 * Pure: topojson → a builder of one shape per geometry (null for an empty one), so the loader
 * can build them a few at a time between other work (see load-country-shapes).
 */
export function shapeBuilder(topology: unknown) {
  if (!isCountriesTopology(topology)) throw new Error('Not a world-atlas countries topology');
  const toShape = (geometry: CountryGeometry): CountryShape | null => {
    const g = feature(topology, geometry);
    // A nested collection (world-atlas has none) gives a FeatureCollection: not a country.
    if (!('geometry' in g)) return null;
    const geo = g.geometry;
    const polygons =
      geo.type === 'Polygon'
        ? [geo.coordinates]
        : geo.type === 'MultiPolygon'
          ? geo.coordinates
          : [];
    const rings = continuousPolygons(polygons);
    if (rings.length === 0) return null;
    const name = g.properties?.name ?? '';
    return shapeOf(
      alpha2ForShape(g.id, name),
      name,
      rings.map((polygon) => polygon.map(toLatLngs)),
    );
  };
  return { geometries: topology.objects.countries.geometries, toShape };
}

/** Pure: topojson → shapes, at once. For tests and the table generator. */
export function shapesFromTopology(topology: unknown): CountryShape[] {
  const { geometries, toShape } = shapeBuilder(topology);
  return geometries.map(toShape).filter((shape) => shape !== null);
}

/** A ring as Leaflet takes it, [lat, lon] (an indexed loop: see world-copies' unwrapRing). */
function toLatLngs(ring: readonly LonLat[]): [number, number][] {
  const out = new Array<[number, number]>(ring.length);
  for (let i = 0; i < ring.length; i++) out[i] = [ring[i]![1], ring[i]![0]];
  return out;
}

/**
 * [west, south, east, north] of a polygon's outer ring ([lat, lon] points); for the app's
 * shapes and the table generator alike. An indexed loop: see world-copies' unwrapRing.
 */
export function polygonBox(polygon: [number, number][][]): [number, number, number, number] {
  const outer = polygon[0] ?? [];
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < outer.length; i++) {
    const lat = outer[i]![0];
    const lon = outer[i]![1];
    if (lon < w) w = lon;
    if (lon > e) e = lon;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
  }
  return [w, s, e, n];
}

/** A shape with its longitude extent worked out from its outer rings. */
export function shapeOf(
  code: string | null,
  name: string,
  latLngs: [number, number][][][],
): CountryShape {
  let west = Infinity;
  let east = -Infinity;
  for (const polygon of latLngs) {
    const [w, , e] = polygonBox(polygon);
    west = Math.min(west, w);
    east = Math.max(east, e);
  }
  return { code, name, latLngs, west, east };
}

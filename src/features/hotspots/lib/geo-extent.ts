import type { Bbox } from '../../../api/contract/filter-params.ts';
import type { LonLatBounds, MapView } from './map-types.ts';

/**
 * Longitudes on the map are unwrapped (Leaflet lets a view run from 170 to 190); the API wants
 * [-180, 180] with minLon > maxLon for a box across the antimeridian. Everything that turns a
 * view into a box for the API goes through here.
 */

export const WORLD_BBOX: Bbox = [-180, -90, 180, 90];
/** Leaflet's Web Mercator stops here; the map never shows anything further north or south. */
export const MERCATOR_MAX_LAT = 85.0511287798;

/** Rounds away float noise (0.30000000000000004) so equal views give equal query keys. */
// `|| 0` turns -0 into 0, so extents print and compare the same.
const tidy = (x: number) => Math.round(x * 1e9) / 1e9 || 0;
const floorTo = (x: number, unit: number) => tidy(Math.floor(tidy(x / unit)) * unit);
const ceilTo = (x: number, unit: number) => tidy(Math.ceil(tidy(x / unit)) * unit);

/** A longitude in [-180, 180). */
export function wrapLon(lon: number): number {
  return tidy(((((lon + 180) % 360) + 360) % 360) - 180);
}

/** A longitude in (-180, 180]: for the east edge of a box, so 180 stays 180. */
function wrapEast(lon: number): number {
  const w = wrapLon(lon);
  return w === -180 ? 180 : w;
}

export const clampLat = (lat: number) => Math.max(-90, Math.min(90, lat));

/**
 * The extent is snapped outward to a grid this many cells wide, so a pan of a few pixels keeps
 * the same extent (same query key, no refetch). 3 × every cell size divides 90 and 180, so the
 * snapped grid meets the poles and the antimeridian exactly.
 */
export const SNAP_CELLS = 3;

function normalise(west: number, south: number, east: number, north: number): Bbox {
  if (east - west >= 360) return [-180, south, 180, north];
  return [wrapLon(west), south, wrapEast(east), north];
}

/** The `extent` to ask the grid endpoint for, for Leaflet's view bounds at `cellSize`. */
export function viewExtent(bounds: LonLatBounds, cellSize: number): Bbox {
  const unit = cellSize * SNAP_CELLS;
  return normalise(
    floorTo(bounds.west, unit),
    clampLat(floorTo(bounds.south, unit)),
    ceilTo(bounds.east, unit),
    clampLat(ceilTo(bounds.north, unit)),
  );
}

/**
 * The `bbox` filter for "filter to this view": the visible area rounded outward to 0.01°, or
 * null when the whole world is in view (such a filter would filter nothing).
 */
export function viewBbox(bounds: LonLatBounds): Bbox | null {
  const south = clampLat(floorTo(bounds.south, 0.01));
  const north = clampLat(ceilTo(bounds.north, 0.01));
  const wholeWorld =
    bounds.east - bounds.west >= 360 && south <= -MERCATOR_MAX_LAT && north >= MERCATOR_MAX_LAT;
  if (wholeWorld) return null;
  return normalise(floorTo(bounds.west, 0.01), south, ceilTo(bounds.east, 0.01), north);
}

export const crossesAntimeridian = (b: Bbox) => b[0] > b[2];

/** A box's longitudes as plain intervals: two of them for a box across the antimeridian. */
export function lonIntervals(b: Bbox): [number, number][] {
  return crossesAntimeridian(b)
    ? [
        [b[0], 180],
        [-180, b[2]],
      ]
    : [[b[0], b[2]]];
}

export function bboxesIntersect(a: Bbox, b: Bbox): boolean {
  if (a[1] > b[3] || b[1] > a[3]) return false;
  return lonIntervals(a).some(([aw, ae]) => lonIntervals(b).some(([bw, be]) => aw < be && bw < ae));
}

/** How many cells of `cellSize` an extent holds (what the API may send back, at most). */
export function cellsInExtent(extent: Bbox, cellSize: number): number {
  const width = lonIntervals(extent).reduce((sum, [w, e]) => sum + (e - w), 0);
  return Math.ceil(tidy(width / cellSize)) * Math.ceil(tidy((extent[3] - extent[1]) / cellSize));
}

const TILE_SIZE = 256;

/**
 * The bounds Leaflet would show for a view in a viewport of `size` pixels (Web Mercator), so a
 * page can ask for the grid before the map has mounted, and tests can reason about views.
 */
export function mercatorViewBounds(
  view: MapView,
  size: { width: number; height: number },
): LonLatBounds {
  const scale = TILE_SIZE * 2 ** view.zoom;
  const sin = Math.sin(
    (Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, view.lat)) * Math.PI) / 180,
  );
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale;
  const latAt = (py: number) =>
    (Math.atan(Math.sinh(Math.PI - (2 * Math.PI * py) / scale)) * 180) / Math.PI;
  const halfLon = ((size.width / 2) * 360) / scale;
  return {
    west: view.lon - halfLon,
    east: view.lon + halfLon,
    north: latAt(y - size.height / 2),
    south: latAt(y + size.height / 2),
  };
}

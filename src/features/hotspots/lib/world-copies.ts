/**
 * The world repeats as the analyst pans past ±180. Rather than jump the view back
 * (`worldCopyJump`, which still leaves one side empty while the view straddles the
 * antimeridian), each shape is drawn once more shifted by ±360° whenever that copy would be
 * in view. Shapes are kept "unwrapped" (continuous longitudes, possibly beyond ±180) so that
 * Russia, Fiji or the Aleutians are one piece, not two halves at opposite edges.
 */

export type LonLat = [number, number];

/** Multiples of 360 by which a shape spanning [west, east] must shift to be in the view. */
export function copyOffsets(
  west: number,
  east: number,
  viewWest: number,
  viewEast: number,
): number[] {
  const offsets: number[] = [];
  for (let k = Math.ceil((viewWest - east) / 360); k <= Math.floor((viewEast - west) / 360); k++) {
    const off = k * 360 || 0; // never -0
    // Strict overlap: a shape that only touches the view's edge is not drawn twice.
    if (west + off < viewEast && east + off > viewWest) offsets.push(off);
  }
  return offsets;
}

/**
 * A ring with no edge longer than 180° of longitude: where consecutive points jump across the
 * antimeridian (as the topojson of Fiji and Russia does), the rest of the ring is shifted by
 * 360° so it continues on the same side.
 */
export function unwrapRing(ring: readonly (readonly number[])[]): LonLat[] {
  const out: LonLat[] = new Array<LonLat>(ring.length);
  let shift = 0;
  let prev = 0;
  // Indexed loops here and below: these run once per point of the basemap (10,000 at
  // 1:110m) while the overview first loads, mostly before V8 has optimised them, and a
  // destructuring `for…of` costs an iterator per point there.
  for (let i = 0; i < ring.length; i++) {
    const point = ring[i]!;
    const lon = point[0]!;
    if (i > 0) {
      const d = lon + shift - prev;
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    prev = lon + shift;
    out[i] = [prev, point[1]!];
  }
  return out;
}

export function ringLonRange(ring: readonly LonLat[]): [number, number] {
  let west = Infinity;
  let east = -Infinity;
  for (let i = 0; i < ring.length; i++) {
    const lon = ring[i]![0];
    if (lon < west) west = lon;
    if (lon > east) east = lon;
  }
  return [west, east];
}

/** Planar area in square degrees, enough to tell the main landmass from its islands. */
export function ringArea(ring: readonly LonLat[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  }
  return Math.abs(sum / 2);
}

function shiftRing(ring: LonLat[], by: number): LonLat[] {
  if (by === 0) return ring;
  const out: LonLat[] = new Array<LonLat>(ring.length);
  for (let i = 0; i < ring.length; i++) out[i] = [ring[i]![0] + by, ring[i]![1]];
  return out;
}

/** The middle of a ring's longitude range. */
function lonCentre(ring: readonly LonLat[]): number {
  const [west, east] = ringLonRange(ring);
  return (west + east) / 2;
}

/**
 * Polygons (outer ring first, then holes) made continuous: each ring unwrapped, holes kept
 * with their outer ring, and every polygon moved next to the largest one (the Chukotka end of
 * Russia sits at 180..190 beside Siberia, not at -180..-170). The largest polygon stays within
 * [-180, 180].
 */
export function continuousPolygons(
  polygons: readonly (readonly (readonly (readonly number[])[])[])[],
): LonLat[][][] {
  const unwrapped: LonLat[][][] = [];
  // Each polygon's outer ring's centre, worked out once (NaN for a polygon with no ring).
  const centres: number[] = [];
  let main = -1;
  let mainArea = -1;
  for (const rings of polygons) {
    const outer = rings[0];
    if (!outer) {
      unwrapped.push([]);
      centres.push(NaN);
      continue;
    }
    const polygon = [unwrapRing(outer)];
    const centre = lonCentre(polygon[0]!);
    for (let h = 1; h < rings.length; h++) {
      const hole = unwrapRing(rings[h]!);
      polygon.push(shiftRing(hole, 360 * Math.round((centre - lonCentre(hole)) / 360)));
    }
    // The first of the largest, as areas tie.
    const area = ringArea(polygon[0]!);
    if (area > mainArea) {
      main = unwrapped.length;
      mainArea = area;
    }
    unwrapped.push(polygon);
    centres.push(centre);
  }
  if (main < 0) return [];
  const mainCentre = centres[main]!;
  const home = -360 * Math.round(mainCentre / 360);
  return unwrapped.map((rings, i) => {
    const by = home + 360 * Math.round((mainCentre - centres[i]!) / 360);
    return rings.map((ring) => shiftRing(ring, by));
  });
}

/** Leaflet bounds of a grid cell, shifted by a world copy offset. */
export function cellLatLngBounds(
  cell: { south: number; west: number },
  cellSize: number,
  offset = 0,
): [[number, number], [number, number]] {
  return [
    [cell.south, cell.west + offset],
    [cell.south + cellSize, cell.west + cellSize + offset],
  ];
}

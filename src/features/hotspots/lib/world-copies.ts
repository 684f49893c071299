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
  const out: LonLat[] = [];
  let shift = 0;
  let prev: number | null = null;
  for (const point of ring) {
    const lon = point[0]!;
    const lat = point[1]!;
    if (prev !== null) {
      const d = lon + shift - prev;
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    prev = lon + shift;
    out.push([prev, lat]);
  }
  return out;
}

export function ringLonRange(ring: readonly LonLat[]): [number, number] {
  let west = Infinity;
  let east = -Infinity;
  for (const [lon] of ring) {
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

const shiftRing = (ring: LonLat[], by: number): LonLat[] =>
  by === 0 ? ring : ring.map(([lon, lat]) => [lon + by, lat]);

/**
 * Polygons (outer ring first, then holes) made continuous: each ring unwrapped, holes kept
 * with their outer ring, and every polygon moved next to the largest one (the Chukotka end of
 * Russia sits at 180..190 beside Siberia, not at -180..-170). The largest polygon stays within
 * [-180, 180].
 */
export function continuousPolygons(
  polygons: readonly (readonly (readonly (readonly number[])[])[])[],
): LonLat[][][] {
  const unwrapped = polygons.map((rings) => {
    const [outer, ...holes] = rings.map(unwrapRing);
    if (!outer) return [];
    const [w, e] = ringLonRange(outer);
    const centre = (w + e) / 2;
    return [
      outer,
      ...holes.map((hole) => {
        const [hw, he] = ringLonRange(hole);
        return shiftRing(hole, 360 * Math.round((centre - (hw + he) / 2) / 360));
      }),
    ];
  });
  let main: LonLat[] | undefined;
  for (const p of unwrapped) if (p[0] && (!main || ringArea(p[0]) > ringArea(main))) main = p[0];
  if (!main) return [];
  const [mw, me] = ringLonRange(main);
  const mainCentre = (mw + me) / 2;
  const home = -360 * Math.round(mainCentre / 360);
  return unwrapped.map((rings) => {
    const [w, e] = ringLonRange(rings[0] ?? []);
    const by = home + 360 * Math.round((mainCentre - (w + e) / 2) / 360);
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

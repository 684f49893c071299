import type { Bbox } from '../../../api/contract/filter-params.ts';
import boxesJson from './country-boxes.json';
import { clampLat } from './geo-extent.ts';
import { unionBounds } from './lon-intervals.ts';
import type { LonLatBounds } from './map-types.ts';

/**
 * A bounding box per country (alpha-2), generated once from Natural Earth 1:10m shapes, with
 * overseas parts that have ISO codes of their own (French Guiana, Réunion, Svalbard…) moved
 * to those codes, and city locations for the few places no shape covers. It frames a
 * partner's scope: 1:110m shapes, which the map draws, lack most small island states, and a
 * Polynesia or Caribbean partner must still open on their region.
 */
export type CountryBoxes = Readonly<Record<string, Bbox>>;

function toBoxes(raw: Readonly<Record<string, readonly number[]>>): CountryBoxes {
  const out: Record<string, Bbox> = {};
  for (const [code, b] of Object.entries(raw)) {
    if (b.length === 4) out[code] = [b[0]!, b[1]!, b[2]!, b[3]!];
  }
  return out;
}

export const COUNTRY_BOXES: CountryBoxes = toBoxes(boxesJson);

export interface ScopeBounds {
  /** Where the map opens. */
  bounds: LonLatBounds;
  /** How far it may be panned: the scope plus a margin. */
  maxBounds: LonLatBounds;
}

/** The share of the scope's size added on each side for `maxBounds`, and its minimum. */
const PAD_SHARE = 0.25;
const PAD_MIN_DEG = 3;

/**
 * Bounds for a partner scoped to `countries`: the smallest box (across the antimeridian if
 * that is shorter) covering them, and that box padded a little for `maxBounds`. Null when no
 * country of the scope has a known box (the map then shows the world, with no data outside
 * the scope anyway).
 */
export function scopeBounds(
  countries: readonly string[],
  boxes: CountryBoxes = COUNTRY_BOXES,
): ScopeBounds | null {
  const known = countries.flatMap((c) => (boxes[c] ? [boxes[c]] : []));
  const bounds = unionBounds(known);
  if (!bounds) return null;
  const padLon = Math.max(PAD_MIN_DEG, (bounds.east - bounds.west) * PAD_SHARE);
  const padLat = Math.max(PAD_MIN_DEG, (bounds.north - bounds.south) * PAD_SHARE);
  const wide = bounds.east - bounds.west + 2 * padLon >= 360;
  return {
    bounds,
    maxBounds: {
      west: wide ? bounds.west - 180 : bounds.west - padLon,
      east: wide ? bounds.west + 540 : bounds.east + padLon,
      south: clampLat(bounds.south - padLat),
      north: clampLat(bounds.north + padLat),
    },
  };
}

/** The middle of a country's box: where a country too small to draw gets a symbol. */
export function boxCentre(box: Bbox): [number, number] {
  const east = box[2] < box[0] ? box[2] + 360 : box[2];
  return [(box[1] + box[3]) / 2, (box[0] + east) / 2];
}

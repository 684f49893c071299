import type { Bbox } from '../../../api/contract/filter-params.ts';
import { wrapLon } from './geo-extent.ts';
import type { LonLatBounds } from './map-types.ts';

/**
 * The shortest arc of longitude covering every interval, the way a scope's countries are
 * framed: Fiji and Samoa are a few degrees apart across the antimeridian, not 350° apart.
 * Intervals are [west, east] with east < west meaning across the antimeridian. The answer is
 * unwrapped: west in [-180, 180), east = west + width (so it may exceed 180).
 *
 * The best arc always starts at some interval's west edge, so each is tried (n is a scope's
 * countries: tens at most).
 */
export function coverLonIntervals(
  intervals: readonly (readonly [number, number])[],
): [number, number] | null {
  const items = intervals.map(([w, e]) => {
    const west = wrapLon(w);
    const width = e - w >= 360 ? 360 : (((e - w) % 360) + 360) % 360;
    return { west, width };
  });
  if (items.length === 0) return null;
  if (items.some((i) => i.width >= 360)) return [-180, 180];
  let best: [number, number] | null = null;
  for (const start of items) {
    let length = 0;
    for (const i of items) {
      const from = (((i.west - start.west) % 360) + 360) % 360;
      length = Math.max(length, from + i.width);
    }
    if (length < 360 && (!best || length < best[1] - best[0])) {
      best = [start.west, start.west + length];
    }
  }
  return best ?? [-180, 180];
}

/** The smallest box (unwrapped) covering every box. */
export function unionBounds(boxes: readonly Bbox[]): LonLatBounds | null {
  const lon = coverLonIntervals(boxes.map((b) => [b[0], b[2]] as const));
  if (!lon) return null;
  return {
    west: lon[0],
    east: lon[1],
    south: Math.min(...boxes.map((b) => b[1])),
    north: Math.max(...boxes.map((b) => b[3])),
  };
}

import type { Count } from '../../../api/contract/common-schemas.ts';
import { disclosed } from './disclosure.ts';
import type { Disclosure } from './map-types.ts';

/**
 * Circle radius (px) of a grid bin. Area follows the count (radius ∝ √count) so a cell with
 * four times the reports looks four times as big, not sixteen. A suppressed bin always gets
 * one fixed radius, smaller than any visible count's, so its size says only "<k".
 */
export const SUPPRESSED_BIN_RADIUS = 5;
export const MIN_BIN_RADIUS = 7;
export const MAX_BIN_RADIUS = 22;

export function binRadius(count: Count, maxVisible: number, disclosure: Disclosure): number {
  const c = disclosed(count, disclosure);
  if (c.count === null) return SUPPRESSED_BIN_RADIUS;
  if (c.count <= 0) return 0;
  const r = MAX_BIN_RADIUS * Math.sqrt(c.count / Math.max(maxVisible, c.count));
  return Math.max(MIN_BIN_RADIUS, Math.min(MAX_BIN_RADIUS, r));
}

/** The largest visible count among the bins: what the biggest circle stands for. */
export function maxVisibleCount(counts: Iterable<Count>, disclosure: Disclosure): number {
  let max = 0;
  for (const raw of counts) {
    const c = disclosed(raw, disclosure);
    if (c.count !== null && c.count > max) max = c.count;
  }
  return max;
}

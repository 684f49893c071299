/**
 * For each narrative fragment, the rows whose narrative uses it (ascending), in compressed
 * rows: rows[start[f]] … rows[start[f + 1] − 1]. Free-text search uses it for rare words:
 * marking the rows of the few fragments that hold the word is cheaper than reading every
 * row's fragment slots.
 */
import { NARRATIVE_SLOTS } from '../generator/report-columns.ts';
import { NO_FRAGMENT } from '../generator/fragment-pool.ts';

export interface FragmentPostings {
  readonly start: Uint32Array;
  readonly rows: Uint32Array;
}

export function buildFragmentPostings(
  narrative: Uint16Array,
  size: number,
  poolSize: number,
): FragmentPostings {
  const start = new Uint32Array(poolSize + 1);
  for (let i = 0; i < size * NARRATIVE_SLOTS; i++) {
    const f = narrative[i] as number;
    if (f !== NO_FRAGMENT) start[f + 1] = (start[f + 1] as number) + 1;
  }
  for (let f = 0; f < poolSize; f++) start[f + 1] = (start[f + 1] as number) + (start[f] as number);
  const fill = start.slice(0, poolSize);
  const rows = new Uint32Array(start[poolSize] as number);
  for (let r = 0; r < size; r++) {
    for (let s = 0; s < NARRATIVE_SLOTS; s++) {
      const f = narrative[r * NARRATIVE_SLOTS + s] as number;
      if (f === NO_FRAGMENT) continue;
      const at = fill[f] as number;
      rows[at] = r;
      fill[f] = at + 1;
    }
  }
  return { start, rows };
}

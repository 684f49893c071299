/**
 * Remembers the last few queries' matching rows and sorted orders. A dashboard asks for a
 * time series, breakdowns, map bins and a list page with the same filters at once, and
 * pages deeper through the same order; those all reuse one filter pass and one sort.
 */
import type { SortField } from '../../src/api/contract/list-params.ts';

export interface MatchEntry {
  /** Matching rows, ascending (= receivedAt order). */
  readonly rows: Uint32Array;
  /** Ascending orders by sort field, made on demand. */
  readonly sorted: Map<SortField, Uint32Array>;
  /** How many of the rows have no coordinates; counted on first need. */
  without: number | null;
}

export interface MatchCache {
  get(key: string, compute: () => Uint32Array): MatchEntry;
}

export function createMatchCache(capacity: number): MatchCache {
  const entries = new Map<string, MatchEntry>();
  return {
    get(key, compute) {
      const hit = entries.get(key);
      if (hit) {
        // Map keeps insertion order: re-inserting marks it most recently used.
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const entry: MatchEntry = { rows: compute(), sorted: new Map(), without: null };
      entries.set(key, entry);
      while (entries.size > capacity) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return entry;
    },
  };
}

/**
 * Orders matching rows for the case list. Rows are already in receivedAt order, so that
 * sort is free; every other sort field is a small enum (or a country rank), so a counting
 * sort on the Uint8 key is linear and stable: ties keep receivedAt order (then row, i.e. id
 * order). The order returned is ascending; a descending page reads it from the end, so
 * descending is the exact reverse (ties newest first).
 *
 * Enum fields sort in their enums.ts order (urgency: immediate danger first; status: new
 * first), not by label; country sorts by country name.
 */
import type { SortField } from '../../src/api/contract/list-params.ts';
import type { StoreState } from './store-state.ts';

function keyOf(
  state: StoreState,
  field: Exclude<SortField, 'receivedAt'>,
): { column: Uint8Array; map: Uint8Array | null } {
  const c = state.cols;
  switch (field) {
    case 'urgency':
      return { column: c.urgency, map: null };
    case 'status':
      return { column: c.status, map: null };
    case 'source':
      return { column: c.source, map: null };
    case 'groomingStage':
      return { column: c.groomingStage, map: null };
    case 'country':
      return { column: c.country, map: state.countryNameRank };
  }
}

export function sortRows(state: StoreState, rows: Uint32Array, field: SortField): Uint32Array {
  if (field === 'receivedAt') return rows;
  const { column, map } = keyOf(state, field);
  const starts = new Uint32Array(257);
  const n = rows.length;
  for (let j = 0; j < n; j++) {
    const raw = column[rows[j] as number] as number;
    const k = (map ? (map[raw] as number) : raw) + 1;
    starts[k] = (starts[k] as number) + 1;
  }
  for (let k = 0; k < 256; k++) starts[k + 1] = (starts[k + 1] as number) + (starts[k] as number);
  const out = new Uint32Array(n);
  for (let j = 0; j < n; j++) {
    const r = rows[j] as number;
    const raw = column[r] as number;
    const k = map ? (map[raw] as number) : raw;
    const at = starts[k] as number;
    out[at] = r;
    starts[k] = at + 1;
  }
  return out;
}

/** Breakdown by one dimension, and reports per country (the choropleth's bins). */
import type { Breakdown, CountryBins } from '../../src/api/contract/aggregate-schemas.ts';
import type { Dimension } from '../../src/api/contract/aggregate-terms.ts';
import type { Caller } from './intake-db.ts';
import type { StoreState } from './store-state.ts';
import { countByDimension, dimensionSpec } from './dimensions.ts';
import { rankGroups } from './rank-groups.ts';
import { createCountTable, type CountTable } from './count-table.ts';

/** Rows with no coordinates among `rows`. */
export function countWithoutCoordinates(state: StoreState, rows: Uint32Array): number {
  const lat = state.cols.lat;
  let n = 0;
  for (let j = 0; j < rows.length; j++) {
    const y = lat[rows[j] as number] as number;
    if (y !== y) n++;
  }
  return n;
}

/** The rows an aggregate counts: the matching rows and how many of them have no coordinates. */
export interface Matched {
  readonly rows: Uint32Array;
  readonly without: number;
}

/** The two counts every aggregate carries, added to the table. */
export function addTotals(table: CountTable, matched: Matched): { total: number; without: number } {
  return { total: table.add(matched.rows.length), without: table.add(matched.without) };
}

export function breakdown(
  state: StoreState,
  caller: Caller,
  matched: Matched,
  dimension: Dimension,
  limit: number | null,
): Breakdown {
  const { rows } = matched;
  const spec = dimensionSpec(state, dimension);
  const counts = new Float64Array(spec.keys.length);
  countByDimension(spec, rows, counts, null);
  const groups = rankGroups(spec, counts, limit);
  const table = createCountTable(caller);
  const cells = addTotals(table, matched);
  const itemCells = groups.map((g) => table.add(g.total));
  table.relate(cells.total, itemCells);
  return {
    dimension,
    items: groups.map((g, i) => ({
      key: g.key,
      label: g.label,
      count: table.count(itemCells[i] as number),
    })),
    total: table.count(cells.total),
    withoutCoordinates: table.count(cells.without),
  };
}

export function countryBins(state: StoreState, caller: Caller, matched: Matched): CountryBins {
  const { rows } = matched;
  const spec = dimensionSpec(state, 'country');
  const counts = new Float64Array(spec.keys.length);
  countByDimension(spec, rows, counts, null);
  const groups = rankGroups(spec, counts, null);
  const table = createCountTable(caller);
  const cells = addTotals(table, matched);
  const itemCells = groups.map((g) => table.add(g.total));
  table.relate(cells.total, itemCells);
  return {
    items: groups.map((g, i) => ({ country: g.key, count: table.count(itemCells[i] as number) })),
    total: table.count(cells.total),
    withoutCoordinates: table.count(cells.without),
  };
}

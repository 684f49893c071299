import type { ChartRow } from './series-rows.ts';

/**
 * What a stacked chart may draw of each bucket. Recharts stacks a null as a zero
 * contribution, so the series above a suppressed cell would sit on a baseline that pretends
 * the withheld count is 0. Here a bucket's stack stops at its first cell without a number:
 * that series and every one above it get null (a gap) in that bucket. The nulls are all at
 * the top of the stack, so Recharts' zero contributions never move a drawn segment. Exact
 * counts of the gapped series stay in the tooltip and the table.
 */

export interface StackedRow {
  row: ChartRow;
  /** The count to stack for each visible series, or null where it cannot honestly be drawn. */
  counts: Record<string, number | null>;
}

/** `keys` bottom to top: the largest group first, so gaps fall on the smallest. */
export function stackRows(rows: readonly ChartRow[], keys: readonly string[]): StackedRow[] {
  return rows.map((row) => {
    const counts: Record<string, number | null> = {};
    let known = true;
    for (const key of keys) {
      const count = row.cells[key]?.count ?? null;
      known = known && count !== null;
      counts[key] = known ? count : null;
    }
    return { row, counts };
  });
}

/** Unstacked (lines): each series stands on its own, only its own gaps. */
export function unstackedRows(rows: readonly ChartRow[], keys: readonly string[]): StackedRow[] {
  return rows.map((row) => ({
    row,
    counts: Object.fromEntries(keys.map((key) => [key, row.cells[key]?.count ?? null])),
  }));
}

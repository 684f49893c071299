import type { Breakdown } from '../../../api/contract/aggregate-schemas.ts';
import { OTHER_KEY } from '../../../api/contract/aggregate-terms.ts';
import type { FilterEnumName } from '../../../api/contract/enums.ts';

/**
 * Counts per value of each filterable field, for the column filter menus: "New 1,234".
 * Missing field: counts not loaded (the menu shows none). Missing value: no matching reports.
 */
export type FacetCounts = Partial<Record<FilterEnumName, Readonly<Record<string, number>>>>;

/**
 * A breakdown as counts by value. Suppressed cells (partners only; they never see this table)
 * and the "other" bucket are left out rather than shown as a number they are not.
 */
export function countsFromBreakdown(breakdown: Breakdown): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of breakdown.items) {
    if (item.key !== OTHER_KEY && item.count.count !== null) out[item.key] = item.count.count;
  }
  return out;
}

import { OTHER_KEY, type Dimension } from '../../../api/contract/aggregate-terms.ts';
import { filterEnums } from '../../../api/contract/enums.ts';
import type { FilterPatch, FilterState } from '../../../filters/filter-state.ts';

/**
 * What clicking a bar, a series or a table row does: add that value to the dimension's
 * filter (values within one filter are alternatives). Every dimension a chart can show
 * is filterable under its own name: the enumerations, `country` and `region`.
 */

function isKnownValue(dimension: Dimension, key: string): boolean {
  if (dimension === 'country') return /^[A-Z]{2}$/.test(key);
  if (dimension === 'region') return /^\d{3}$/.test(key);
  return (filterEnums[dimension].values as readonly string[]).includes(key);
}

/**
 * The patch for `setFilters`, or null when there is nothing to do: "Other" is many values,
 * a key the contract does not know cannot be a filter, and a value already filtered by
 * would only add a history entry that changes nothing.
 */
export function addFilterValue(
  filters: FilterState,
  dimension: Dimension,
  key: string,
): FilterPatch | null {
  if (key === OTHER_KEY || !isKnownValue(dimension, key)) return null;
  const current: readonly string[] = filters[dimension] ?? [];
  if (current.includes(key)) return null;
  // Checked against the dimension's own values just above.
  return { [dimension]: [...current, key] } as FilterPatch;
}

import { filterEnums, type FilterEnumName } from '../../../api/contract/enums.ts';
import { filtersToParams, type Filters } from '../../../api/contract/filter-params.ts';
import { formatSort, type Sort } from '../../../api/contract/list-params.ts';
import type { FilterPatch } from '../../../filters/filter-state.ts';
import { exportColumnsFor, type CaseColumnId } from './case-columns.ts';

/**
 * What the table asks for, in the intake API's terms. A column filter is not a second filter
 * state: it is one enum field of the shared `Filters`, so the filter bar and the column menus
 * always show the same thing.
 */
export function applyColumnFilter(
  filters: Filters,
  field: FilterEnumName,
  values: readonly string[],
): Filters {
  const known: readonly string[] = filterEnums[field].values;
  // Known values only, once each, in the enum's order: the URL then reads the same however
  // the boxes were ticked.
  const kept = known.filter((v) => values.includes(v));
  const next: Record<string, unknown> = { ...filters };
  if (kept.length) next[field] = kept;
  else delete next[field];
  // Each enum field holds values of its own enum, checked just above.
  return next as Filters;
}

/**
 * A column filter as a change to the one filter state (`setFilters`): known values only,
 * in the enum's order; none at all removes the filter.
 */
export function columnFilterPatch(field: FilterEnumName, values: readonly string[]): FilterPatch {
  const known: readonly string[] = filterEnums[field].values;
  const kept = known.filter((v) => values.includes(v));
  // The field holds values of its own enum, checked just above.
  return { [field]: kept.length ? kept : undefined } as FilterPatch;
}

/** The export request's query: the filters, the table's sort and the visible columns. */
export function exportParams(
  filters: Filters,
  sort: Sort,
  visibleIds: readonly CaseColumnId[],
): URLSearchParams {
  const params = filtersToParams(filters);
  params.set('sort', formatSort(sort));
  params.set('columns', exportColumnsFor(visibleIds).join(','));
  return params;
}

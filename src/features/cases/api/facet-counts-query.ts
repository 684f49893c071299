import { queryOptions } from '@tanstack/react-query';
import { breakdownQueryOptions } from '../../../api/aggregates/breakdown-query.ts';
import type { Breakdown } from '../../../api/contract/aggregate-schemas.ts';
import { filterEnums, type FilterEnumName } from '../../../api/contract/enums.ts';
import type { Filters } from '../../../api/contract/filter-params.ts';
import { countsFromBreakdown } from '../lib/facet-counts.ts';

/**
 * Counts per value of one column filter, from the breakdown aggregate. The field's own
 * filter is left out: the menu shows how many reports each value would give with every
 * other filter kept, so ticking a second value shows what it adds (usual faceted search).
 * The limit covers every value of the enum, so none is folded into "other".
 */
export function facetFilters(filters: Filters, field: FilterEnumName): Filters {
  const rest: Record<string, unknown> = { ...filters };
  delete rest[field];
  return rest as Filters;
}

export const facetCountsQueryOptions = (field: FilterEnumName, filters: Filters) => {
  const breakdown = breakdownQueryOptions({
    dimension: field,
    filters: facetFilters(filters, field),
    limit: filterEnums[field].values.length,
  });
  return queryOptions({
    ...breakdown,
    select: (b: Breakdown) => countsFromBreakdown(b),
    // Shared keys with other breakdowns, but a previous answer only stands in for the same
    // field: another column's counts must never show under this one's values.
    placeholderData: (previous: Breakdown | undefined) =>
      previous?.dimension === field ? previous : undefined,
  });
};

import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { FilterEnumName } from '../../../api/contract/enums.ts';
import type { Filters } from '../../../api/contract/filter-params.ts';
import { errorMessage } from '../../../components/query-state.tsx';
import { facetCountsQueryOptions } from '../api/facet-counts-query.ts';
import type { FacetCounts } from '../lib/facet-counts.ts';

/**
 * Counts per value for the column filter menu that is open, and only for it: a closed menu
 * costs no request. The counts follow the filters while the menu stays open. They are not
 * drawn through QueryState (they are numbers beside checkboxes, not a panel): the menu says
 * "Counting reports…" while they load and why they are missing if they fail.
 */
export function useFacetCounts(filters: Filters) {
  const [openField, setOpenField] = useState<FilterEnumName | null>(null);
  const query = useQuery({
    ...facetCountsQueryOptions(openField ?? 'status', filters),
    enabled: openField !== null,
  });
  const onMenuOpenChange = useCallback((field: FilterEnumName, open: boolean) => {
    setOpenField((current) => (open ? field : current === field ? null : current));
  }, []);
  const facetCounts = useMemo<FacetCounts | undefined>(
    () => (openField && query.data ? { [openField]: query.data } : undefined),
    [openField, query.data],
  );
  const facetErrors = useMemo<Partial<Record<FilterEnumName, string>> | undefined>(
    () =>
      openField && query.isError && !query.data
        ? { [openField]: errorMessage(query.error) }
        : undefined,
    [openField, query.isError, query.data, query.error],
  );
  return { facetCounts, facetErrors, onMenuOpenChange };
}

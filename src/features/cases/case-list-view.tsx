import { useCallback, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { FilterEnumName } from '../../api/contract/enums.ts';
import { QueryState } from '../../components/query-state.tsx';
import { useFilters } from '../../filters/use-filters.ts';
import { caseKeys } from './api/case-keys.ts';
import { requestExport } from './api/export-request.ts';
import { CaseTable } from './components/case-table.tsx';
import { ExportButton } from './components/export-button.tsx';
import { useColumnPrefs } from './hooks/use-column-prefs.ts';
import { useFacetCounts } from './hooks/use-facet-counts.ts';
import { useListSort } from './hooks/use-list-sort.ts';
import { useReportList } from './hooks/use-report-list.ts';
import { columnFilterPatch } from './lib/case-list-params.ts';
import { casePath } from './lib/case-path.ts';
import { visibleColumnIds } from './lib/column-prefs.ts';
import { readListPosition, saveListPosition, type CaseLocationState } from './lib/list-position.ts';

/**
 * The case list at `/cases`: the filter bar's filters and the URL's sort, asked of the
 * intake API a page at a time as the analyst scrolls. A row opens its case as a page at
 * `/cases/:id` carrying the list's query string, so Back (or the case's own "Back to the
 * case list") returns to this list, scrolled where it was with the opened case focused.
 */
export function CaseListView() {
  const { apiFilters, setFilters, clearFilters } = useFilters();
  const { sort, setSort } = useListSort();
  const [columnPrefs, setColumnPrefs] = useColumnPrefs();
  const request = useMemo(() => ({ filters: apiFilters, sort }), [apiFilters, sort]);
  const list = useReportList(request);
  const { facetCounts, facetErrors, onMenuOpenChange } = useFacetCounts(apiFilters);
  const navigate = useNavigate();
  const { key: entryKey, search } = useLocation();
  // Read once: where this history entry's list was when a case was opened from it.
  const [restore] = useState(() => readListPosition(entryKey));
  const visibleColumns = visibleColumnIds(columnPrefs);

  const openCase = useCallback(
    (id: string, index: number, { scrollTop }: { scrollTop: number }) => {
      saveListPosition(entryKey, { scrollTop, id, index });
      const state: CaseLocationState = { listKey: entryKey };
      navigate({ pathname: casePath(id), search }, { state });
    },
    [entryKey, navigate, search],
  );
  const onColumnFilterChange = useCallback(
    (field: FilterEnumName, values: string[]) => setFilters(columnFilterPatch(field, values)),
    [setFilters],
  );
  const startExport = (signal: AbortSignal) =>
    requestExport({ filters: apiFilters, sort, visibleColumns }, signal);

  return (
    <>
      <QueryState query={list.query} label="the case list">
        {() => (
          <CaseTable
            rows={list.rows}
            total={list.total}
            hasNextPage={list.hasNextPage}
            isFetchingNextPage={list.isFetchingNextPage}
            onLoadMore={list.loadMore}
            sort={sort}
            onSortChange={setSort}
            filters={apiFilters}
            facetCounts={facetCounts}
            facetErrors={facetErrors}
            onColumnFilterChange={onColumnFilterChange}
            onFilterMenuOpenChange={onMenuOpenChange}
            onClearFilters={clearFilters}
            onOpenCase={openCase}
            columnPrefs={columnPrefs}
            onColumnPrefsChange={setColumnPrefs}
            scrollResetKey={JSON.stringify(caseKeys.list(request))}
            restore={restore}
            toolbar={
              <ExportButton
                startExport={startExport}
                total={list.total}
                // The rows on screen may still be the previous filters' while the new load.
                disabled={list.query.isPlaceholderData}
              />
            }
          />
        )}
      </QueryState>
    </>
  );
}

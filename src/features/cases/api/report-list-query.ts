import { infiniteQueryOptions, keepPreviousData, type InfiniteData } from '@tanstack/react-query';
import { apiGet } from '../../../api/client/http-client.ts';
import { endpoints } from '../../../api/contract/endpoints.ts';
import { filtersToParams } from '../../../api/contract/filter-params.ts';
import { formatSort } from '../../../api/contract/list-params.ts';
import type { ReportPage, ReportSummary } from '../../../api/contract/report-schemas.ts';
import { LIST_PAGE_SIZE, caseKeys, type ReportListRequest } from './case-keys.ts';

/**
 * The case list, a page of 100 at a time, in the intake API's order. The cursor of each
 * page comes from the one before (`nextCursor`), so scrolling far never asks the API to
 * skip rows. Loaded pages stay cached for a while: coming back from a case finds the list
 * where it was, and the case's Previous/Next read from the same pages.
 */
export const reportListQueryOptions = (request: ReportListRequest) =>
  infiniteQueryOptions({
    queryKey: caseKeys.list(request),
    queryFn: ({ pageParam, signal }) => {
      const params = filtersToParams(request.filters);
      params.set('sort', formatSort(request.sort));
      params.set('limit', String(LIST_PAGE_SIZE));
      if (pageParam !== null) params.set('cursor', pageParam);
      return apiGet(endpoints.reports, { schema: 'ReportPage', params, signal });
    },
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // A refetch of a long list re-reads every loaded page in turn: not on every return.
    staleTime: 5 * 60_000,
    gcTime: 15 * 60_000,
    placeholderData: keepPreviousData,
  });

export interface ReportListRows {
  rows: ReportSummary[];
  total: number;
}

/**
 * The loaded pages as one list of rows. A row already seen is skipped: if reports arrive
 * between two pages the cursor keeps its place, but a repeated id would still confuse the
 * table's keys and the analyst, so it can never show twice.
 */
export function flattenReportPages(data: InfiniteData<ReportPage> | undefined): ReportListRows {
  if (!data?.pages.length) return { rows: [], total: 0 };
  const seen = new Set<string>();
  const rows: ReportSummary[] = [];
  for (const page of data.pages) {
    for (const item of page.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      rows.push(item);
    }
  }
  return { rows, total: data.pages[0]?.total ?? 0 };
}

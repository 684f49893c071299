import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { ReportListRequest } from '../api/case-keys.ts';
import { flattenReportPages, reportListQueryOptions } from '../api/report-list-query.ts';

/** The case list's query, as rows and a total, with a "load the next page" that never doubles up. */
export function useReportList(request: ReportListRequest) {
  const query = useInfiniteQuery(reportListQueryOptions(request));
  const { data, hasNextPage, isFetchingNextPage, isPlaceholderData, fetchNextPage } = query;
  const { rows, total } = useMemo(() => flattenReportPages(data), [data]);
  // The previous filters' rows stand in while the new list loads: never page those.
  const canLoadMore = hasNextPage && !isPlaceholderData;
  const loadMore = useCallback(() => {
    // A page already on its way is not asked for again.
    if (canLoadMore) void fetchNextPage({ cancelRefetch: false });
  }, [canLoadMore, fetchNextPage]);
  return { query, rows, total, hasNextPage: canLoadMore, isFetchingNextPage, loadMore };
}

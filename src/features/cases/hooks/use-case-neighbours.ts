import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useFilters } from '../../../filters/use-filters.ts';
import { flattenReportPages, reportListQueryOptions } from '../api/report-list-query.ts';
import { reportQueryOptions } from '../api/report-query.ts';
import { casePath } from '../lib/case-path.ts';
import { caseLocationState, moveListPosition } from '../lib/list-position.ts';
import { useListSort } from './use-list-sort.ts';

export interface CaseNeighbours {
  /** Where the case sits in its list, when it is in a loaded list. */
  position?: { index: number; total: number };
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/**
 * Previous and Next within the list the case was opened from: the list's pages as they are
 * cached for the same filters and sort (the case URL carries the list's query string).
 * Never a request for a list of its own: a case opened by direct link, with no such list
 * loaded, has neither. At the last loaded row, Next loads the list's next page.
 *
 * Moving replaces the history entry, so Back still goes to the list, which then focuses the
 * case moved to.
 */
export function useCaseNeighbours(id: string): CaseNeighbours {
  const { apiFilters } = useFilters();
  const { sort } = useListSort();
  const queryClient = useQueryClient();
  // Disabled: it only reads the cache (and keeps it alive while the case is open).
  const list = useInfiniteQuery({
    ...reportListQueryOptions({ filters: apiFilters, sort }),
    enabled: false,
    placeholderData: undefined,
  });
  const { data, hasNextPage, fetchNextPage } = list;
  const { rows, total } = useMemo(() => flattenReportPages(data), [data]);
  const index = rows.findIndex((r) => r.id === id);
  const previous = index > 0 ? rows[index - 1] : undefined;
  const next = index >= 0 ? rows[index + 1] : undefined;
  const canLoadNext = index >= 0 && !next && hasNextPage;

  const navigate = useNavigate();
  const { search, state } = useLocation();
  const go = useCallback(
    (targetId: string, targetIndex: number) => {
      const from = caseLocationState(state);
      if (from) moveListPosition(from.listKey, targetId, targetIndex);
      navigate({ pathname: casePath(targetId), search }, { replace: true, state });
    },
    [navigate, search, state],
  );

  // The next case is the likeliest to be opened: have it ready.
  const nextId = next?.id;
  useEffect(() => {
    if (nextId) void queryClient.prefetchQuery(reportQueryOptions(nextId));
  }, [nextId, queryClient]);

  const onPrevious = useCallback(() => {
    if (previous) go(previous.id, index - 1);
  }, [go, previous, index]);
  const onNext = useCallback(() => {
    if (next) return go(next.id, index + 1);
    if (!canLoadNext) return;
    void fetchNextPage({ cancelRefetch: false }).then((result) => {
      const loaded = flattenReportPages(result.data).rows[index + 1];
      if (loaded) go(loaded.id, index + 1);
    });
  }, [go, next, index, canLoadNext, fetchNextPage]);

  return {
    position: index >= 0 ? { index, total } : undefined,
    hasPrevious: previous !== undefined,
    hasNext: next !== undefined || canLoadNext,
    onPrevious,
    onNext,
  };
}

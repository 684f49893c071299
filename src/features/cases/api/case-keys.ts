import type { Filters } from '../../../api/contract/filter-params.ts';
import { formatSort, type Sort } from '../../../api/contract/list-params.ts';

/** What the case list shows: the filters as the API takes them, and the one sort. */
export interface ReportListRequest {
  filters: Filters;
  sort: Sort;
}

/** Rows per page of the case list: a screenful or two, well under the API's maximum. */
export const LIST_PAGE_SIZE = 100;

/** How many reports the newest-cases panel lists. */
export const NEWEST_COUNT = 8;

/**
 * Query keys of the case feature. The whole filter object and the sort are in the list's
 * key, so any change is a different list; one report is keyed by id alone (it does not
 * depend on the filters). Revealed narratives are never cached: they live in the case's
 * own mutation state only.
 */
export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: ({ filters, sort }: ReportListRequest) =>
    [...caseKeys.lists(), { filters, sort: formatSort(sort), limit: LIST_PAGE_SIZE }] as const,
  newest: (filters: Filters) =>
    [...caseKeys.all, 'newest', { filters, limit: NEWEST_COUNT }] as const,
  reports: () => [...caseKeys.all, 'report'] as const,
  report: (id: string) => [...caseKeys.reports(), id] as const,
};

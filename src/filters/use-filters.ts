import { useCallback } from 'react';
import { useLocation } from 'react-router';
import type { Filters } from '../api/contract/filter-params.ts';
import { todayUtc, type IsoDay } from '../lib/dates.ts';
import {
  DEFAULT_FILTER_STATE,
  applyFilterPatch,
  parseFilterUrl,
  writeFilterState,
  type FilterPatch,
  type FilterState,
  type ParsedFilterUrl,
} from './filter-state.ts';
import { useFilterContext, type ShownNotice } from './filter-provider.tsx';
import { useUrlWriter } from './use-url-writer.ts';

export interface WriteOptions {
  /**
   * Filter changes push a history entry so Back undoes them. Pass true for a change that
   * continues the previous one (the later debounced writes of one search).
   */
  replace?: boolean;
}

export interface UseFiltersResult {
  /** What the user chose, as the URL says (bad values already dropped). */
  filters: FilterState;
  /** What to send to the API, the date preset resolved to days: put it whole in query keys. */
  apiFilters: Filters;
  setFilters: (patch: FilterPatch, options?: WriteOptions) => void;
  /** Back to the defaults (last 90 days, nothing else); view parameters are kept. */
  clearFilters: () => void;
  notices: ShownNotice[];
  dismissNotice: (id: number) => void;
}

/**
 * The last URL read, shared: a dozen components on a page read the filters, and each filter
 * change would otherwise parse the same URL a dozen times. Sharing also hands them all the
 * same `apiFilters` object, so memoised views compare equal by identity.
 */
let lastRead: { search: string; today: IsoDay; parsed: ParsedFilterUrl } | null = null;
function readFilterUrl(search: string, today: IsoDay): ParsedFilterUrl {
  if (lastRead?.search !== search || lastRead.today !== today) {
    lastRead = { search, today, parsed: parseFilterUrl(new URLSearchParams(search), today) };
  }
  return lastRead.parsed;
}

/** What the API is sent for this URL search, read as `useFilters` reads it (and shared). */
export function apiFiltersOf(search: string): Filters {
  return readFilterUrl(search, todayUtc()).apiFilters;
}

/** The one reading of the filters in the URL. Every view and the filter bar use it. */
export function useFilters(): UseFiltersResult {
  const { search } = useLocation();
  const { notices, dismissNotice } = useFilterContext();
  const writeUrl = useUrlWriter();
  const today = todayUtc();
  const parsed = readFilterUrl(search, today);

  const write = useCallback(
    (next: (state: FilterState) => FilterState, options?: WriteOptions) =>
      writeUrl(
        (current) =>
          writeFilterState(current, next(parseFilterUrl(current, today).state), {
            resetPosition: true,
          }),
        { replace: options?.replace ?? false },
      ),
    [writeUrl, today],
  );

  const setFilters = useCallback(
    (patch: FilterPatch, options?: WriteOptions) =>
      write((state) => applyFilterPatch(state, patch), options),
    [write],
  );
  const clearFilters = useCallback(() => write(() => DEFAULT_FILTER_STATE), [write]);

  return {
    filters: parsed.state,
    apiFilters: parsed.apiFilters,
    setFilters,
    clearFilters,
    notices,
    dismissNotice,
  };
}

import { filterEnumNames, type FilterEnumName } from '../api/contract/enums.ts';
import { filtersToParams, parseFilters, type Filters } from '../api/contract/filter-params.ts';
import type { IsoDay } from '../lib/dates.ts';
import {
  DEFAULT_RANGE,
  isRangePreset,
  rangeLabels,
  resolveDateRange,
  type RangePreset,
} from './date-range.ts';
import { isViewParam, resetsOnFilterChange } from './view-params.ts';
import { filterLabel } from './filter-fields.ts';

/**
 * The filters as the URL holds them, and the one parser and writer of that URL. Pure
 * functions: `useFilters` wraps them for React, and they are unit-tested on their own.
 */

/** What the user chose. `from`/`to` only mean something when `range` is 'custom'. */
export type FilterState = Omit<Filters, 'from' | 'to'> & {
  range: RangePreset;
  from?: IsoDay;
  to?: IsoDay;
};

export type FilterPatch = Partial<FilterState>;

export interface FilterNotice {
  /** The URL parameter, as it appeared (trimmed to 40 characters). */
  param: string;
  message: string;
}

export interface ParsedFilterUrl {
  state: FilterState;
  /** What to send to the API: the preset resolved to days. */
  apiFilters: Filters;
  notices: FilterNotice[];
  /** The URL without the bad and unknown parameters; null when nothing had to go. */
  cleaned: URLSearchParams | null;
}

export const filterParamNames: readonly string[] = [
  'range',
  'from',
  'to',
  ...filterEnumNames,
  'country',
  'region',
  'tag',
  'q',
  'bbox',
  'hasCoordinates',
];

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

export const DEFAULT_FILTER_STATE: FilterState = { range: DEFAULT_RANGE };

export function parseFilterUrl(params: URLSearchParams, today: IsoDay): ParsedFilterUrl {
  const notices: FilterNotice[] = [];
  const { filters, problems } = parseFilters(params);
  for (const p of problems) {
    notices.push({
      param: p.name,
      message: `Ignored ${filterLabel(p.name)} (${p.name}): ${p.reason}.`,
    });
  }

  const { from, to, ...rest } = filters;
  const rawRange = params.get('range');
  let range: RangePreset;
  if (rawRange === null || rawRange === '') {
    // A shared link with explicit days and no preset means exactly those days.
    range = from || to ? 'custom' : DEFAULT_RANGE;
  } else if (isRangePreset(rawRange)) {
    range = rawRange;
  } else {
    range = DEFAULT_RANGE;
    notices.push({
      param: 'range',
      message: `Ignored Dates (range): "${clip(rawRange)}" is not a known date range; showing ${rangeLabels[DEFAULT_RANGE].toLowerCase()}.`,
    });
  }

  const state: FilterState = { ...rest, range };
  if (range === 'custom') {
    if (from) state.from = from;
    if (to) state.to = to;
  } else {
    for (const [name, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (value) {
        notices.push({
          param: name,
          message: `Ignored ${filterLabel(name)} (${name}): the date range "${rangeLabels[range]}" already sets the days.`,
        });
      }
    }
  }

  const unknown = [...new Set(params.keys())].filter(
    (n) => !filterParamNames.includes(n) && !isViewParam(n),
  );
  for (const name of unknown) {
    notices.push({
      param: clip(name),
      message: `Ignored "${clip(name)}": the dashboard has no such setting.`,
    });
  }

  return {
    state,
    apiFilters: toApiFilters(state, today),
    notices,
    cleaned: notices.length ? writeFilterState(params, state, { resetPosition: false }) : null,
  };
}

export function toApiFilters(state: FilterState, today: IsoDay): Filters {
  const { range, from, to, ...rest } = state;
  return { ...rest, ...resolveDateRange(range, { from, to }, today) };
}

/**
 * The URL for a filter state: view parameters kept, filters written in a stable order with
 * empty and default values left out. `resetPosition` drops list positions (cursor, page),
 * which a filter change makes meaningless.
 */
export function writeFilterState(
  current: URLSearchParams,
  state: FilterState,
  { resetPosition }: { resetPosition: boolean },
): URLSearchParams {
  const out = new URLSearchParams();
  if (state.range !== DEFAULT_RANGE) out.set('range', state.range);
  const { range, from, to, ...rest } = state;
  const filters: Filters = range === 'custom' ? { ...rest, from, to } : rest;
  filtersToParams(filters, out);
  for (const [name, value] of current) {
    if (!isViewParam(name)) continue;
    if (resetPosition && resetsOnFilterChange(name)) continue;
    out.append(name, value);
  }
  return out;
}

const isEmpty = (v: unknown) => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** Applies a change; choosing days makes the range custom, choosing a preset drops the days. */
export function applyFilterPatch(state: FilterState, patch: FilterPatch): FilterState {
  const next: Record<string, unknown> = { ...state, ...patch };
  if (patch.range === undefined && ('from' in patch || 'to' in patch)) next.range = 'custom';
  if (next.range !== 'custom') {
    delete next.from;
    delete next.to;
  }
  for (const [key, value] of Object.entries(next)) if (isEmpty(value)) delete next[key];
  return next as FilterState;
}

/** How many filters differ from the defaults (for "Clear all" and the badge). */
export function countActiveFilters(state: FilterState): number {
  let n = state.range === DEFAULT_RANGE ? 0 : 1;
  for (const name of [...filterEnumNames, 'country', 'region', 'tag'] as const)
    n += state[name]?.length ?? 0;
  if (state.q) n += 1;
  if (state.bbox) n += 1;
  if (state.hasCoordinates !== undefined) n += 1;
  return n;
}

export type ListFilterName = FilterEnumName | 'country' | 'region' | 'tag';

/** Only the filters of a query string: what a link to another view carries along. */
export function filterSearch(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of [...params.keys()]) if (!filterParamNames.includes(name)) params.delete(name);
  const out = params.toString();
  return out ? `?${out}` : '';
}

/**
 * Filtering: turns (caller, filters) into lookup tables and bitmasks, then makes one pass
 * over the rows of the date range (a slice, as rows are in receivedAt order) and writes the
 * matching row numbers, ascending, into a reusable buffer.
 *
 * Semantics (filter-params.ts): fields combine with AND, the values of one field with OR;
 * multi-valued fields (platforms, indicators, exploitation types, subjects' age bands and
 * genders, tags) match when any selected value is present; `to` covers its whole UTC day;
 * rows outside the caller's scope never match. An empty list is treated as no filter.
 */
import { filterEnums } from '../../src/api/contract/enums.ts';
import type { Filters } from '../../src/api/contract/filter-params.ts';
import { dayNumber } from '../generator/time-profile.ts';
import { TAG_INDEX } from '../generator/tag-pool.ts';
import type { Caller } from './intake-db.ts';
import type { StoreState } from './store-state.ts';
import { compileWord, keepRowsWithWord, type CompiledWord } from './text-search.ts';
import { queryWords } from './query-key.ts';

interface CompiledFilter {
  /** Nothing can match (e.g. only unknown tags, or an empty scope). */
  none: boolean;
  rowStart: number;
  rowEnd: number;
  /** Per country index: 1 = allowed (scope ∩ country ∩ region); null = all. */
  countries: Uint8Array | null;
  source: Uint8Array | null;
  status: Uint8Array | null;
  urgency: Uint8Array | null;
  setting: Uint8Array | null;
  groomingStage: Uint8Array | null;
  reporterRelation: Uint8Array | null;
  platforms: number;
  indicators: number;
  exploitationTypes: number;
  ageBands: number;
  genders: number;
  tags: number;
  hasCoordinates: boolean | null;
  bbox: readonly [number, number, number, number] | null;
  /** Free-text words, each compiled against the pools. */
  words: CompiledWord[];
}

type SingleEnum =
  'source' | 'status' | 'urgency' | 'setting' | 'groomingStage' | 'reporterRelation';
type MultiEnum = 'platform' | 'indicator' | 'exploitationType' | 'ageBand' | 'gender';

function enumTable(name: SingleEnum, selected: readonly string[] | undefined): Uint8Array | null {
  if (!selected || selected.length === 0) return null;
  const values: readonly string[] = filterEnums[name].values;
  return Uint8Array.from(values, (v) => (selected.includes(v) ? 1 : 0));
}

function enumMask(name: MultiEnum, selected: readonly string[] | undefined): number {
  if (!selected || selected.length === 0) return 0;
  const values: readonly string[] = filterEnums[name].values;
  let mask = 0;
  values.forEach((v, i) => {
    if (selected.includes(v)) mask |= 1 << i;
  });
  return mask;
}

/** Rows of the days [from, to] (to included), as a half-open row range. */
export function dayRowRange(
  state: StoreState,
  from: string | undefined,
  to: string | undefined,
): [number, number] {
  const { firstDay, dayFirstRow } = state.cols;
  const days = dayFirstRow.length - 1;
  const clamp = (d: number) => Math.max(0, Math.min(days, d));
  const start = from ? clamp(dayNumber(from) - firstDay) : 0;
  const end = to ? clamp(dayNumber(to) - firstDay + 1) : days;
  return [
    dayFirstRow[start] as number,
    Math.max(dayFirstRow[start] as number, dayFirstRow[end] as number),
  ];
}

/** Per country index, 1 where the caller may see it; null when the caller sees all. */
export function scopeTable(state: StoreState, caller: Caller): Uint8Array | null {
  if (caller.scopeCountries === null) return null;
  const table = new Uint8Array(state.places.countryCodes.length);
  for (const code of caller.scopeCountries) {
    const i = state.places.countryByCode.get(code);
    if (i !== undefined) table[i] = 1;
  }
  return table;
}

/** Per country index, 1 where the listed codes (or the countries of the listed regions) are. */
function countryTable(state: StoreState, codes: readonly string[], byRegion: boolean): Uint8Array {
  const { places } = state;
  const table = new Uint8Array(places.countryCodes.length);
  for (const code of codes) {
    if (byRegion) {
      const r = places.regionByCode.get(code);
      if (r !== undefined) for (const c of places.countriesOfRegion[r] ?? []) table[c] = 1;
    } else {
      const i = places.countryByCode.get(code);
      if (i !== undefined) table[i] = 1;
    }
  }
  return table;
}

/** Scope, country and region combine into one table (AND of the three). */
function allowedCountries(state: StoreState, caller: Caller, filters: Filters): Uint8Array | null {
  const tables = [
    scopeTable(state, caller),
    filters.country?.length ? countryTable(state, filters.country, false) : null,
    filters.region?.length ? countryTable(state, filters.region, true) : null,
  ].filter((t): t is Uint8Array => t !== null);
  const [first, ...rest] = tables;
  if (!first) return null;
  for (const t of rest)
    for (let i = 0; i < first.length; i++) first[i] = (first[i] as number) & (t[i] as number);
  return first;
}

function compile(state: StoreState, caller: Caller, filters: Filters): CompiledFilter {
  const countries = allowedCountries(state, caller, filters);
  let none = countries !== null && !countries.includes(1);

  let tags = 0;
  if (filters.tag?.length) {
    for (const t of filters.tag) {
      const i = TAG_INDEX.get(t);
      if (i !== undefined) tags |= 1 << i;
    }
    if (tags === 0) none = true;
  }

  const [rowStart, rowEnd] = dayRowRange(state, filters.from, filters.to);
  return {
    none,
    rowStart,
    rowEnd,
    countries,
    source: enumTable('source', filters.source),
    status: enumTable('status', filters.status),
    urgency: enumTable('urgency', filters.urgency),
    setting: enumTable('setting', filters.setting),
    groomingStage: enumTable('groomingStage', filters.groomingStage),
    reporterRelation: enumTable('reporterRelation', filters.reporterRelation),
    platforms: enumMask('platform', filters.platform),
    indicators: enumMask('indicator', filters.indicator),
    exploitationTypes: enumMask('exploitationType', filters.exploitationType),
    ageBands: enumMask('ageBand', filters.ageBand),
    genders: enumMask('gender', filters.gender),
    tags,
    hasCoordinates: filters.hasCoordinates ?? null,
    bbox: filters.bbox ?? null,
    // Rarest word first: each word's pass only reads the rows the previous ones kept.
    words: none
      ? []
      : queryWords(filters.q)
          .map((w) => compileWord(state, w))
          .sort((a, b) => a.postings - b.postings),
  };
}

/*
 * Each active filter is one pass that keeps the rows passing it, in place. The passes are
 * branch-free (write the row, then advance by 0 or 1): random data defeats branch
 * prediction, and a tight loop per filter is several times faster than one loop testing
 * every filter. The most selective filters are not known in advance, so order is fixed.
 */

function keepByTable(rows: Uint32Array, n: number, column: Uint8Array, table: Uint8Array): number {
  let m = 0;
  for (let j = 0; j < n; j++) {
    const r = rows[j] as number;
    rows[m] = r;
    m += table[column[r] as number] as number;
  }
  return m;
}

function keepByMask8(rows: Uint32Array, n: number, column: Uint8Array, mask: number): number {
  let m = 0;
  for (let j = 0; j < n; j++) {
    const r = rows[j] as number;
    rows[m] = r;
    m += ((column[r] as number) & mask) !== 0 ? 1 : 0;
  }
  return m;
}

function keepByMask16(rows: Uint32Array, n: number, column: Uint16Array, mask: number): number {
  let m = 0;
  for (let j = 0; j < n; j++) {
    const r = rows[j] as number;
    rows[m] = r;
    m += ((column[r] as number) & mask) !== 0 ? 1 : 0;
  }
  return m;
}

function keepLocated(rows: Uint32Array, n: number, lat: Float64Array, located: boolean): number {
  let m = 0;
  for (let j = 0; j < n; j++) {
    const r = rows[j] as number;
    const y = lat[r] as number;
    rows[m] = r;
    // NaN (no coordinates) is the one value not equal to itself.
    m += (y === y) === located ? 1 : 0;
  }
  return m;
}

function keepInBbox(
  rows: Uint32Array,
  n: number,
  lat: Float64Array,
  lon: Float64Array,
  box: readonly [number, number, number, number],
): number {
  const [minLon, minLat, maxLon, maxLat] = box;
  const crosses = minLon > maxLon;
  let m = 0;
  for (let j = 0; j < n; j++) {
    const r = rows[j] as number;
    const y = lat[r] as number;
    const x = lon[r] as number;
    // Comparisons with NaN are false: rows without coordinates never fall inside.
    const inLon = crosses ? x >= minLon || x <= maxLon : x >= minLon && x <= maxLon;
    rows[m] = r;
    m += y >= minLat && y <= maxLat && inLon ? 1 : 0;
  }
  return m;
}

/**
 * The matching rows, ascending, as a view of `buffer` (which must hold `size` entries):
 * copy it before the next call if it must be kept.
 */
export function filterRows(
  state: StoreState,
  caller: Caller,
  filters: Filters,
  buffer: Uint32Array,
): Uint32Array {
  const f = compile(state, caller, filters);
  if (f.none) return buffer.subarray(0, 0);
  const c = state.cols;
  let n = 0;
  for (let i = f.rowStart; i < f.rowEnd; i++) buffer[n++] = i;
  if (f.countries) n = keepByTable(buffer, n, c.country, f.countries);
  if (f.source) n = keepByTable(buffer, n, c.source, f.source);
  if (f.status) n = keepByTable(buffer, n, c.status, f.status);
  if (f.urgency) n = keepByTable(buffer, n, c.urgency, f.urgency);
  if (f.setting) n = keepByTable(buffer, n, c.setting, f.setting);
  if (f.groomingStage) n = keepByTable(buffer, n, c.groomingStage, f.groomingStage);
  if (f.reporterRelation) n = keepByTable(buffer, n, c.reporterRelation, f.reporterRelation);
  if (f.platforms) n = keepByMask8(buffer, n, c.platforms, f.platforms);
  if (f.indicators) n = keepByMask16(buffer, n, c.indicators, f.indicators);
  if (f.exploitationTypes) n = keepByMask8(buffer, n, c.exploitationTypes, f.exploitationTypes);
  if (f.ageBands) n = keepByMask16(buffer, n, c.ageBands, f.ageBands);
  if (f.genders) n = keepByMask8(buffer, n, c.genders, f.genders);
  if (f.tags) n = keepByMask16(buffer, n, c.tags, f.tags);
  if (f.hasCoordinates !== null) n = keepLocated(buffer, n, c.lat, f.hasCoordinates);
  if (f.bbox) n = keepInBbox(buffer, n, c.lat, c.lon, f.bbox);
  // Text last: it is the dearest test per row, so it runs on the fewest.
  for (const word of f.words) n = keepRowsWithWord(state, buffer, n, word);
  return buffer.subarray(0, n);
}

/**
 * The mocked intake API's store: an in-memory columnar database of seeded reports.
 *
 * How it works
 * - generateReports writes every report into typed-array columns (enums as Uint8, multi-
 *   valued fields as bitmasks, places/tags/narrative fragments as pool indexes), rows in
 *   receivedAt order. A million reports take ~70 MB and build in a few seconds.
 * - A query compiles its filters to lookup tables and masks, turns from/to into a row slice
 *   (rows are in time order) and makes one pass over the columns (filter-rows.ts). The
 *   matching rows are cached per (scope, filters), so the several aggregates and list pages
 *   a dashboard asks for with the same filters share one pass.
 * - Aggregates count straight off the columns for the matching rows; suppression for
 *   partners is applied to each response as a whole (count-table.ts, suppression.ts).
 * - The list sorts by counting sort on the Uint8 key (receivedAt needs no sort) and pages
 *   by position in that order; cursors carry the position and a hash of the query.
 * - Only the rows a response returns become objects; narratives are assembled from their
 *   fragments and masked on demand.
 * Roles: handlers refuse reports to partners (403); the store also returns null for a
 * partner's getReport/revealNarrative and refuses to list or export for one, so a handler
 * bug cannot leak a case. Scope: rows outside caller.scopeCountries exist for nobody.
 */
import type { Dimension, Interval } from '../../src/api/contract/aggregate-terms.ts';
import type { Bbox, Filters } from '../../src/api/contract/filter-params.ts';
import type { Sort } from '../../src/api/contract/list-params.ts';
import type { ReportSummary } from '../../src/api/contract/report-schemas.ts';
import { generateReports } from '../generator/generate-reports.ts';
import { idToRow } from '../generator/report-id.ts';
import { dayNumber } from '../generator/time-profile.ts';
import type { Caller, IntakeDb } from './intake-db.ts';
import { createStoreState, type StoreState } from './store-state.ts';
import { filterRows, scopeTable } from './filter-rows.ts';
import { createMatchCache, type MatchEntry } from './match-cache.ts';
import { filterKey, hashText, scopeKey } from './query-key.ts';
import { sortRows } from './sort-rows.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { rawNarrative, report, reportSummary } from './materialise-report.ts';
import {
  breakdown,
  countryBins,
  countWithoutCoordinates,
  type Matched,
} from './aggregate-breakdown.ts';
import { checkBucketCount, timeSeries } from './aggregate-timeseries.ts';
import { gridBins } from './aggregate-grid.ts';
import { metadata, regions } from './metadata.ts';

export interface CreateIntakeDbOptions {
  /** Number of reports. */
  size: number;
  seed: number;
  /** Last day of data (YYYY-MM-DD, UTC); default today. The data span the 4 years before. */
  endDate?: string;
}

/** Distinct filter sets whose matching rows are kept (each up to 4 bytes a report). */
const CACHE_ENTRIES = 6;

export function createIntakeDb(options: CreateIntakeDbOptions): IntakeDb {
  const cols = generateReports({
    size: options.size,
    seed: options.seed,
    endDate: options.endDate,
  });
  return createIntakeDbFromState(createStoreState(cols));
}

function createIntakeDbFromState(state: StoreState): IntakeDb {
  const { cols } = state;
  const buffer = new Uint32Array(cols.size);
  const cache = createMatchCache(CACHE_ENTRIES);
  const dataRanges = new Map<string, { first: number; last: number } | null>();

  const match = (caller: Caller, filters: Filters): MatchEntry =>
    cache.get(filterKey(caller, filters), () => filterRows(state, caller, filters, buffer).slice());

  /** The matching rows with their count of rows without coordinates (counted once per entry). */
  const matched = (caller: Caller, filters: Filters): Matched => {
    const entry = match(caller, filters);
    entry.without ??= countWithoutCoordinates(state, entry.rows);
    return { rows: entry.rows, without: entry.without };
  };

  const sorted = (entry: MatchEntry, sort: Sort): Uint32Array => {
    let order = entry.sorted.get(sort.field);
    if (!order) {
      order = sortRows(state, entry.rows, sort.field);
      entry.sorted.set(sort.field, order);
    }
    return order;
  };

  const inScope = (caller: Caller, row: number): boolean =>
    caller.scopeCountries === null ||
    caller.scopeCountries.has(state.places.countryCodes[cols.country[row] as number] as string);

  /** First and last day (relative) with a row the caller may see. */
  const dataRange = (caller: Caller) => {
    const key = scopeKey(caller);
    if (dataRanges.has(key)) return dataRanges.get(key) ?? null;
    const allowed = scopeTable(state, caller);
    const visible = (r: number) => allowed === null || allowed[cols.country[r] as number] === 1;
    let first = 0;
    while (first < cols.size && !visible(first)) first++;
    let last = cols.size - 1;
    while (last >= first && !visible(last)) last--;
    const range =
      first < cols.size
        ? { first: cols.day[first] as number, last: cols.day[last] as number }
        : null;
    dataRanges.set(key, range);
    return range;
  };

  const refusePartner = (caller: Caller, what: string) => {
    if (caller.role !== 'analyst')
      throw new Error(`Partner agencies never see ${what} (the handler should have answered 403).`);
  };

  const orderedRows = (caller: Caller, filters: Filters, sort: Sort) => {
    const entry = match(caller, filters);
    return {
      order: sorted(entry, sort),
      hash: hashText(`${filterKey(caller, filters)}#${sort.field}:${sort.direction}`),
    };
  };

  return {
    size: cols.size,

    regions: () => regions(state),

    metadata: (caller) => metadata(state, caller, dataRange(caller)),

    listReports(caller, filters, sort, limit, cursor) {
      refusePartner(caller, 'the case list');
      const { order, hash } = orderedRows(caller, filters, sort);
      const total = order.length;
      const offset = cursor === null ? 0 : decodeCursor(cursor, hash, total);
      const end = Math.min(total, offset + Math.max(0, limit));
      const items: ReportSummary[] = [];
      for (let j = offset; j < end; j++) {
        items.push(
          reportSummary(state, order[sort.direction === 'asc' ? j : total - 1 - j] as number),
        );
      }
      return { items, total, nextCursor: end < total ? encodeCursor(hash, end) : null };
    },

    getReport(caller, id) {
      if (caller.role !== 'analyst') return null;
      const row = idToRow(id, cols.size);
      return row >= 0 && inScope(caller, row) ? report(state, row) : null;
    },

    revealNarrative(caller, id) {
      if (caller.role !== 'analyst') return null;
      const row = idToRow(id, cols.size);
      return row >= 0 && inScope(caller, row) ? rawNarrative(state, row) : null;
    },

    timeSeries(
      caller,
      filters: Filters,
      interval: Interval,
      groupBy: Dimension | null,
      groupLimit: number | null,
    ) {
      const range = dataRange(caller);
      const fromDay = filters.from
        ? dayNumber(filters.from)
        : range
          ? cols.firstDay + range.first
          : state.endDay;
      const toDay = Math.max(fromDay, filters.to ? dayNumber(filters.to) : state.endDay);
      // Refuse a too-fine series before paying for the filter pass.
      checkBucketCount(fromDay, toDay, interval);
      const m = matched(caller, filters);
      return timeSeries(state, caller, m, { fromDay, toDay }, interval, groupBy, groupLimit);
    },

    breakdown: (caller, filters, dimension, limit) =>
      breakdown(state, caller, matched(caller, filters), dimension, limit),

    countryBins: (caller, filters) => countryBins(state, caller, matched(caller, filters)),

    gridBins: (caller, filters, cellSize: number, extent: Bbox) =>
      gridBins(state, caller, matched(caller, filters), cellSize, extent),

    *exportRows(caller, filters, sort) {
      refusePartner(caller, 'reports');
      const { order } = orderedRows(caller, filters, sort);
      const total = order.length;
      for (let j = 0; j < total; j++)
        yield reportSummary(state, order[sort.direction === 'asc' ? j : total - 1 - j] as number);
    },
  };
}

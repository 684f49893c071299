import type { Breakdown, CountryBins, GridBins, TimeSeries } from '../../src/api/contract/aggregate-schemas.ts';
import type { Dimension, Interval } from '../../src/api/contract/aggregate-terms.ts';
import type { Report, ReportPage, ReportSummary } from '../../src/api/contract/report-schemas.ts';
import type { Metadata } from '../../src/api/contract/session-schemas.ts';
import type { Bbox, Filters } from '../../src/api/contract/filter-params.ts';
import type { Sort } from '../../src/api/contract/list-params.ts';

/**
 * The seam between the mocked intake API's HTTP handlers and its in-memory store.
 * Handlers parse and validate the request, resolve the bearer token to a `Caller`, and call
 * one of these; the store enforces scope and suppression, and returns contract-shaped data.
 */

export interface Caller {
  role: 'analyst' | 'partner';
  /** Countries the caller may see; null means all. */
  scopeCountries: ReadonlySet<string> | null;
  /** Suppression threshold k: for partners, counts 1..k−1 are suppressed. */
  k: number;
}

export interface Region {
  code: string;
  name: string;
  countries: string[];
}

/** Raised for a request the store cannot answer as asked (→ 400 problem details). */
export class BadQueryError extends Error {
  constructor(
    readonly param: string,
    reason: string,
  ) {
    super(reason);
  }
}

export interface IntakeDb {
  /** Number of reports held. */
  readonly size: number;
  /** Every UN M49 sub-region that has countries, with them. */
  regions(): Region[];
  metadata(caller: Caller): Metadata;
  /** Throws BadQueryError('cursor', …) for a cursor that does not fit the query. */
  listReports(caller: Caller, filters: Filters, sort: Sort, limit: number, cursor: string | null): ReportPage;
  /** Personal data masked; null when absent or outside the caller's scope. */
  getReport(caller: Caller, id: string): Report | null;
  /** The narrative unmasked; null when absent. */
  revealNarrative(caller: Caller, id: string): string | null;
  /** Throws BadQueryError('interval', …) past 1,500 buckets. */
  timeSeries(caller: Caller, filters: Filters, interval: Interval, groupBy: Dimension | null, groupLimit: number | null): TimeSeries;
  breakdown(caller: Caller, filters: Filters, dimension: Dimension, limit: number | null): Breakdown;
  countryBins(caller: Caller, filters: Filters): CountryBins;
  gridBins(caller: Caller, filters: Filters, cellSize: number, extent: Bbox): GridBins;
  /** Matching reports in order, lazily, for the streamed CSV export. */
  exportRows(caller: Caller, filters: Filters, sort: Sort): Iterable<ReportSummary>;
}

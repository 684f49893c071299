import { DEFAULT_SORT } from '../../src/api/contract/list-params.ts';
import { parseFilterUrl } from '../../src/filters/filter-state.ts';
import { todayUtc } from '../../src/lib/dates.ts';
import type { IntakeDb } from '../../mocks/db/intake-db.ts';
import type { EndpointKey } from '../../mocks/scenarios.ts';
import { analyst } from '../app/mock-api.ts';

/**
 * Every query the dashboard makes, from src/api (me, metadata, breakdown) and each
 * feature's api/ folder (timeseries; country and grid bins; the report list, the newest
 * reports, one report), each with the view that shows it: where to open it, the view's own
 * error title, text that only its loaded data shows, text another view on the same page
 * shows meanwhile, and its empty state. The facet counts of the case table's column
 * filters and the headline figures are breakdowns too: they are covered by `breakdown`.
 * The reveal mutation and the CSV export are not queries: see mutation-failures.test.tsx.
 */
export interface QueryCase {
  name: string;
  endpoint: EndpointKey;
  /** How the client names the call in its errors, e.g. "GET /aggregates/breakdown". */
  endpointLabel: RegExp;
  url: string | ((db: IntakeDb) => string);
  errorTitle: RegExp;
  ready: RegExp;
  sibling?: RegExp;
  empty: RegExp;
  /** An empty store makes this a 404, shown as an error: the report is not there. */
  emptyIsNotFound?: boolean;
}

const matching = /reports? match/;
const firstReportUrl = (db: IntakeDb) => {
  const all = parseFilterUrl(new URLSearchParams('range=all'), todayUtc()).apiFilters;
  return `/cases/${db.listReports(analyst, all, DEFAULT_SORT, 1, null).items[0]!.id}`;
};

export const queryCases: QueryCase[] = [
  {
    name: 'who is signed in',
    endpoint: 'me',
    endpointLabel: /^GET \/me$/,
    url: '/map?range=all',
    errorTitle: /Could not load your access to the map\./,
    ready: /^Reports per country$/,
    sibling: matching,
    empty: /No reports match these filters\. Widen/,
  },
  {
    name: 'filter options',
    endpoint: 'metadata',
    endpointLabel: /^GET \/metadata$/,
    url: '/?range=all',
    errorTitle: /Could not load (the filter options|the dates with reports)/,
    ready: /^Region$/,
    sibling: matching,
    empty: /^Region$/,
  },
  {
    name: 'counts by a field',
    endpoint: 'breakdown',
    endpointLabel: /^GET \/aggregates\/breakdown$/,
    url: '/trends?range=all',
    errorTitle:
      /Could not load (the number of matching reports|reports by [a-z ]+( \(top \d+\))?|the headline figures)\./,
    ready: /matching reports by urgency/,
    sibling: /^Reports received each calendar month/,
    empty: /No reports match these filters\. Widen/,
  },
  {
    name: 'reports over time',
    endpoint: 'timeseries',
    endpointLabel: /^GET \/aggregates\/timeseries$/,
    url: '/trends?range=all',
    errorTitle: /Could not load (reports over time|the previous period|the headline figures)\./,
    ready: /^Reports received each calendar month/,
    sibling: /matching reports by urgency/,
    empty: /No reports in these dates match the filters/,
  },
  {
    name: 'reports per country',
    endpoint: 'countryBins',
    endpointLabel: /^GET \/aggregates\/geo\/countries$/,
    url: '/map?range=all',
    errorTitle: /Could not load the counts per country\./,
    ready: /^Countries, most reports first$/,
    sibling: matching,
    empty: /No reports match these filters\. Widen/,
  },
  {
    name: 'hotspot cells',
    endpoint: 'gridBins',
    endpointLabel: /^GET \/aggregates\/geo\/grid$/,
    url: '/map?range=all&layer=bins',
    errorTitle: /Could not load the hotspot grid\./,
    ready: /^Grid cells in this view, most reports first$/,
    sibling: matching,
    empty: /No reports match these filters\. Widen/,
  },
  {
    name: 'the case list',
    endpoint: 'reports',
    endpointLabel: /^GET \/reports$/,
    url: '/cases?range=all',
    errorTitle: /Could not load the case list\./,
    ready: /^(New|Triaged|In review|Referred|Closed)$/,
    sibling: /Intake team/,
    empty: /^No reports match these filters\.$/,
  },
  {
    name: 'the newest reports',
    endpoint: 'reports',
    endpointLabel: /^GET \/reports$/,
    url: '/?range=all',
    errorTitle: /Could not load the newest reports\./,
    ready: /^R-[0-9A-Z]{7}$/,
    sibling: matching,
    empty: /^No reports match these filters\.$/,
  },
  {
    name: 'one case',
    endpoint: 'report',
    endpointLabel: /^GET \/reports\/[^/]+$/,
    url: firstReportUrl,
    errorTitle: /Could not load the case\./,
    ready: /^Came in through$/,
    sibling: /Intake team/,
    empty: /^No report with this id$/,
    emptyIsNotFound: true,
  },
];

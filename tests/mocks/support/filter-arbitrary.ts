/** fast-check generators of filter combinations over the small store's data. */
import fc from 'fast-check';
import * as E from '../../../src/api/contract/enums.ts';
import type { Bbox, Filters } from '../../../src/api/contract/filter-params.ts';
import { TAG_POOL } from '../../../mocks/generator/tag-pool.ts';

const subset = <T>(values: readonly T[]) =>
  fc.subarray([...values], { minLength: 1, maxLength: 3 });

/** Days of the small store's span (2022-02 … 2026-01) and a little beyond. */
const day = fc
  .integer({ min: Date.UTC(2021, 11, 1) / 864e5, max: Date.UTC(2026, 1, 5) / 864e5 })
  .map((d) => new Date(d * 864e5).toISOString().slice(0, 10));

const lon = fc.integer({ min: -1800, max: 1800 }).map((x) => x / 10);
const lat = fc.integer({ min: -900, max: 900 }).map((x) => x / 10);
const bbox: fc.Arbitrary<Bbox> = fc
  .tuple(lon, lat, lon, lat)
  .map(([a, b, c, d]) => [a, Math.min(b, d), c, Math.max(b, d)] as const);

/** Words that hit narratives, tags, ids and masks, and some that hit nothing. */
const words = [
  'hotel',
  'game',
  'she',
  'school',
  'phone',
  'email',
  '[handle]',
  'script',
  '<img',
  'alert(1)',
  'follow',
  'cross-border',
  'r-0',
  'r-1',
  '-2',
  'z9',
  'ab',
  'q',
  'HOTEL',
  'تواصلي',
  '😢',
  'nothing-matches-this',
];

export function filtersArbitrary(
  countries: readonly string[],
  regions: readonly string[],
): fc.Arbitrary<Filters> {
  const parts = {
    from: day,
    to: day,
    source: subset(E.source.values),
    status: subset(E.status.values),
    urgency: subset(E.urgency.values),
    setting: subset(E.setting.values),
    platform: subset(E.platform.values),
    groomingStage: subset(E.groomingStage.values),
    indicator: subset(E.indicator.values),
    exploitationType: subset(E.exploitationType.values),
    ageBand: subset(E.ageBand.values),
    gender: subset(E.gender.values),
    reporterRelation: subset(E.reporterRelation.values),
    country: fc.subarray([...countries, 'ZZ'], { minLength: 1, maxLength: 6 }),
    region: subset(regions),
    tag: fc.subarray([...TAG_POOL, 'no-such-tag'], { minLength: 1, maxLength: 3 }),
    q: fc.subarray(words, { minLength: 1, maxLength: 2 }).map((w) => w.join(' ')),
    bbox,
    hasCoordinates: fc.boolean(),
  };
  const names = Object.keys(parts) as (keyof typeof parts)[];
  // Few filters at a time: with many, almost every combination matches nothing.
  return fc.tuple(fc.record(parts), fc.subarray(names, { maxLength: 4 })).map(([all, chosen]) => {
    const f: Record<string, unknown> = {};
    for (const name of chosen) f[name] = all[name];
    const filters = f as Filters;
    // The parser never lets `to` come before `from`.
    if (filters.from && filters.to && filters.from > filters.to) {
      return { ...filters, from: filters.to, to: filters.from };
    }
    return filters;
  });
}

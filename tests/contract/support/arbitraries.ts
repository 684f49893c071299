import fc from 'fast-check';
import { filterEnums, filterEnumNames } from '../../../src/api/contract/enums.ts';
import { cellSizes, dimensions, intervals } from '../../../src/api/contract/aggregate-terms.ts';
import { sortFields } from '../../../src/api/contract/list-params.ts';
import { exportColumns } from '../../../src/api/contract/export-columns.ts';

/**
 * Query parameters as the dashboard would send them: random subsets of enum values, date
 * ranges, countries, regions, words, boxes. Each filter is absent more often than present,
 * so combinations stay broad enough to match reports as well as to match none.
 */

type Param = readonly [string, string];

/** Absent (null) four times out of five. */
const sometimes = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });

const list = (values: readonly string[], max = 3) =>
  fc.subarray([...values], { minLength: 1, maxLength: max }).map((v) => v.join(','));

const day = (from: Date, spanDays: number) =>
  fc
    .integer({ min: -30, max: spanDays + 30 })
    .map((d) => new Date(from.getTime() + d * 86_400_000).toISOString().slice(0, 10));

/** minLon,minLat,maxLon,maxLat; minLon > maxLon (across the antimeridian) happens too. */
export const bboxParam = fc
  .tuple(
    fc.double({ min: -180, max: 180, noNaN: true }),
    fc.double({ min: -180, max: 180, noNaN: true }),
    fc.double({ min: -90, max: 90, noNaN: true }),
    fc.double({ min: -90, max: 90, noNaN: true }),
  )
  .map(([a, b, c, d]) => [a, Math.min(c, d), b, Math.max(c, d)].map((x) => x.toFixed(3)).join(','));

export interface FilterUniverse {
  dataFrom: string;
  dataTo: string;
  countries: string[];
  regions: string[];
  words: string[];
}

export function filterParams(u: FilterUniverse): fc.Arbitrary<Param[]> {
  const from = new Date(`${u.dataFrom}T00:00:00Z`);
  const span = Math.round((Date.parse(`${u.dataTo}T00:00:00Z`) - from.getTime()) / 86_400_000);
  const named = (name: string, arb: fc.Arbitrary<string>) =>
    sometimes(arb).map((v): Param[] => (v === null ? [] : [[name, v]]));
  return fc
    .tuple(
      ...filterEnumNames.map((name) => named(name, list(filterEnums[name].values))),
      sometimes(fc.tuple(day(from, span), day(from, span))).map((range): Param[] => {
        if (!range) return [];
        const [a, b] = range[0] <= range[1] ? range : [range[1], range[0]];
        return [
          ['from', a],
          ['to', b],
        ];
      }),
      named('country', list(u.countries)),
      named('region', list(u.regions, 2)),
      named(
        'q',
        list(u.words, 2).map((w) => w.replaceAll(',', ' ')),
      ),
      named('bbox', bboxParam),
      named('hasCoordinates', fc.constantFrom('true', 'false')),
    )
    .map((parts) => parts.flat());
}

export const timeseriesParams = fc
  .tuple(
    fc.constantFrom(...intervals),
    sometimes(fc.constantFrom(...dimensions)),
    sometimes(fc.integer({ min: 1, max: 50 })),
  )
  .map(([interval, groupBy, groupLimit]): Param[] => [
    ['interval', interval],
    ...(groupBy ? [['groupBy', groupBy] as const] : []),
    ...(groupLimit ? [['groupLimit', String(groupLimit)] as const] : []),
  ]);

export const breakdownParams = fc
  .tuple(fc.constantFrom(...dimensions), sometimes(fc.integer({ min: 1, max: 300 })))
  .map(([dimension, limit]): Param[] => [
    ['dimension', dimension],
    ...(limit ? [['limit', String(limit)] as const] : []),
  ]);

export const gridParams = fc
  .tuple(fc.constantFrom(...cellSizes), bboxParam)
  .map(([cellSize, extent]): Param[] => [
    ['cellSize', String(cellSize)],
    ['extent', extent],
  ]);

export const sortParam = fc
  .tuple(fc.constantFrom(...sortFields), fc.boolean())
  .map(([field, desc]) => `${desc ? '-' : ''}${field}`);

export const listParams = fc
  .tuple(sortParam, fc.integer({ min: 1, max: 200 }))
  .map(([sort, limit]): Param[] => [
    ['sort', sort],
    ['limit', String(limit)],
  ]);

export const exportColumnsParam = fc.shuffledSubarray([...exportColumns], { minLength: 1 });

export const toQuery = (...groups: (readonly Param[])[]) =>
  new URLSearchParams(groups.flat().map(([k, v]) => [k, v]));

/**
 * The aggregates' plain values: what a series can be grouped by, the bucket sizes, the
 * grid's cell sizes and the key of the "other" group. Kept apart from the schemas
 * (aggregate-schemas.ts), which need zod: the views read these in the first page's code,
 * and zod loads only when the first answer is checked (README decision 30).
 */

/** Dimensions a time series can be grouped by and a breakdown can be made of. */
export const dimensions = [
  'source',
  'status',
  'urgency',
  'setting',
  'platform',
  'groomingStage',
  'indicator',
  'exploitationType',
  'ageBand',
  'gender',
  'reporterRelation',
  'country',
  'region',
] as const;
export type Dimension = (typeof dimensions)[number];

export const intervals = ['day', 'week', 'month'] as const;
export type Interval = (typeof intervals)[number];

/** The key that gathers every value past `limit` in a grouped answer. */
export const OTHER_KEY = '__other__';

/** Degrees of latitude and longitude per cell that `/aggregates/geo/grid` accepts. */
export const cellSizes = [0.1, 0.25, 0.5, 1, 2, 5, 10] as const;

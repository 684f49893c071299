import { intervals, type Dimension, type Interval } from '../../../api/contract/aggregate-terms.ts';
import type { IsoDay } from '../../../lib/dates.ts';
import { allowedIntervals, autoInterval } from './interval.ts';
import type { TrendChartType } from './trend-legend.ts';

/**
 * The trend view's own URL parameters (registered in src/filters/view-params.ts):
 * `interval`, `split`, `chart`, `compare`. Parsed leniently: a value this view does not
 * know falls back to the default rather than failing the page.
 */

export const splitDimensions = [
  'exploitationType',
  'platform',
  'groomingStage',
  'ageBand',
  'source',
  'status',
  'urgency',
  'country',
] as const satisfies readonly Dimension[];
export type SplitDimension = (typeof splitDimensions)[number];

export const splitLabels: Record<SplitDimension, string> = {
  exploitationType: 'Exploitation type',
  platform: 'Platform',
  groomingStage: 'Grooming stage',
  ageBand: 'Age band',
  source: 'Source',
  status: 'Status',
  urgency: 'Urgency',
  country: 'Country',
};

/** Countries: the top ten and "Other" (the server's `groupLimit`). */
export const SPLIT_GROUP_LIMIT = 10;

const chartTypes = ['area', 'bar', 'line'] as const satisfies readonly TrendChartType[];

export interface TrendViewOptions {
  /** An analyst's override; null follows the date range. */
  interval: Interval | null;
  split: SplitDimension | null;
  chart: TrendChartType;
  compare: boolean;
}

const pick = <T extends string>(list: readonly T[], value: string | null): T | null =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;

export function parseTrendViewOptions(params: URLSearchParams): TrendViewOptions {
  return {
    interval: pick(intervals, params.get('interval')),
    split: pick(splitDimensions, params.get('split')),
    chart: pick(chartTypes, params.get('chart')) ?? 'area',
    compare: params.get('compare') === 'true',
  };
}

/** As a `setViewParams` patch: defaults are dropped from the URL. */
export function trendViewPatch(
  o: Partial<TrendViewOptions>,
): Partial<Record<keyof TrendViewOptions, string | null>> {
  const patch: Partial<Record<keyof TrendViewOptions, string | null>> = {};
  if ('interval' in o) patch.interval = o.interval ?? null;
  if ('split' in o) patch.split = o.split ?? null;
  if ('chart' in o) patch.chart = o.chart === 'area' ? null : (o.chart ?? null);
  if ('compare' in o) patch.compare = o.compare ? 'true' : null;
  return patch;
}

/**
 * The interval to ask for: the override if it fits the range and the chart (a five-year
 * range by day would be thousands of buckets), otherwise the automatic choice.
 */
export function effectiveInterval(
  override: Interval | null,
  fromDay: IsoDay,
  toDay: IsoDay,
  maxBuckets: number,
): Interval {
  if (override && allowedIntervals(fromDay, toDay, maxBuckets).includes(override)) return override;
  return autoInterval(fromDay, toDay, maxBuckets);
}

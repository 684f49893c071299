import type { Breakdown, TimeSeries } from '../../../src/api/contract/aggregate-schemas.ts';
import type { Dimension, Interval } from '../../../src/api/contract/aggregate-terms.ts';
import type { Count } from '../../../src/api/contract/common-schemas.ts';

/** Test data in the contract's shape. `n(3)` is a count, `S` a suppressed one. */
export const n = (count: number): Count => ({ count, suppressed: false });
export const S: Count = { count: null, suppressed: true };

export interface BucketSpec {
  start: string;
  total: Count;
  groups?: Record<string, Count>;
}

export function timeSeries(o: {
  from: string;
  to: string;
  interval?: Interval;
  groupBy?: Dimension | null;
  groups?: { key: string; label: string }[];
  buckets: BucketSpec[];
}): TimeSeries {
  return {
    interval: o.interval ?? 'day',
    from: o.from,
    to: o.to,
    groupBy: o.groupBy ?? null,
    groups: o.groups ?? [],
    buckets: o.buckets.map((b) => ({ start: b.start, total: b.total, groups: b.groups ?? {} })),
    total: n(0),
    withoutCoordinates: n(0),
  };
}

export function breakdown(
  dimension: Dimension,
  items: [string, string, Count][],
  total: Count,
): Breakdown {
  return {
    dimension,
    items: items.map(([key, label, count]) => ({ key, label, count })),
    total,
    withoutCoordinates: n(0),
  };
}

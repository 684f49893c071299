/**
 * Time series: dense buckets (empty ones are 0) from `from` to `to`, optionally split by a
 * dimension. Buckets are aligned to their interval (a week starts on Monday, a month on
 * the 1st), so the first and last buckets may cover only part of their period; `from` and
 * `to` in the answer say which days are covered.
 */
import type { TimeSeries } from '../../src/api/contract/aggregate-schemas.ts';
import type { Dimension, Interval } from '../../src/api/contract/aggregate-terms.ts';
import { BadQueryError, type Caller } from './intake-db.ts';
import type { StoreState } from './store-state.ts';
import { countByDimension, dimensionSpec } from './dimensions.ts';
import { rankGroups } from './rank-groups.ts';
import { createCountTable } from './count-table.ts';
import { addTotals, type Matched } from './aggregate-breakdown.ts';
import { bucketCount, planBuckets } from './time-buckets.ts';
import { dayFromEpoch } from '../../src/lib/dates.ts';

export const MAX_BUCKETS = 1500;

/** Throws BadQueryError('interval', …) when the range holds more than MAX_BUCKETS buckets. */
export function checkBucketCount(fromDay: number, toDay: number, interval: Interval): void {
  const n = bucketCount(fromDay, toDay, interval);
  if (n > MAX_BUCKETS) {
    throw new BadQueryError(
      'interval',
      `${n} ${interval} buckets from ${dayFromEpoch(fromDay)} to ${dayFromEpoch(toDay)} is more than ${MAX_BUCKETS}: choose a longer interval or a shorter period.`,
    );
  }
}

export function timeSeries(
  state: StoreState,
  caller: Caller,
  matched: Matched,
  range: { fromDay: number; toDay: number },
  interval: Interval,
  groupBy: Dimension | null,
  groupLimit: number | null,
): TimeSeries {
  const { rows } = matched;
  const { fromDay } = range;
  const toDay = Math.max(range.fromDay, range.toDay);
  checkBucketCount(fromDay, toDay, interval);
  const n = bucketCount(fromDay, toDay, interval);
  const plan = planBuckets(fromDay, toDay, interval);

  // Day (relative to the data's first day) → bucket, so each row costs two array reads.
  const c = state.cols;
  const dayToBucket = new Int32Array(c.dayFirstRow.length);
  for (let d = 0; d < dayToBucket.length; d++) {
    const dayNo = c.firstDay + d;
    dayToBucket[d] = dayNo >= fromDay && dayNo <= toDay ? plan.bucketOf(dayNo) : -1;
  }
  const bucketTotals = new Float64Array(n);
  const days = c.day;
  for (let j = 0; j < rows.length; j++) {
    const b = dayToBucket[days[rows[j] as number] as number] as number;
    bucketTotals[b] = (bucketTotals[b] as number) + 1;
  }

  const table = createCountTable(caller);
  const totals = addTotals(table, matched);
  const bucketCells = Array.from(bucketTotals, (v) => table.add(v));
  table.relate(totals.total, bucketCells);

  let groups: { key: string; label: string }[] = [];
  let groupCells: number[][] = [];
  if (groupBy) {
    const spec = dimensionSpec(state, groupBy);
    const width = spec.keys.length;
    const counts = new Float64Array(n * width);
    countByDimension(spec, rows, counts, { day: days, dayToBucket });
    const overall = new Float64Array(width);
    for (let b = 0; b < n; b++)
      for (let v = 0; v < width; v++)
        overall[v] = (overall[v] as number) + (counts[b * width + v] as number);
    const ranked = rankGroups(spec, overall, groupLimit);
    groups = ranked.map((g) => ({ key: g.key, label: g.label }));
    groupCells = plan.starts.map((_, b) =>
      ranked.map((g) =>
        table.add(g.values.reduce((s, v) => s + (counts[b * width + v] as number), 0)),
      ),
    );
    groupCells.forEach((cells, b) => table.relate(bucketCells[b] as number, cells));
  }

  return {
    interval,
    from: dayFromEpoch(fromDay),
    to: dayFromEpoch(toDay),
    groupBy,
    groups,
    buckets: plan.starts.map((start, b) => {
      const byGroup: Record<string, ReturnType<typeof table.count>> = {};
      const cells = groupCells[b];
      if (cells) groups.forEach((g, i) => (byGroup[g.key] = table.count(cells[i] as number)));
      return {
        start: dayFromEpoch(start),
        total: table.count(bucketCells[b] as number),
        groups: byGroup,
      };
    }),
    total: table.count(totals.total),
    withoutCoordinates: table.count(totals.without),
  };
}

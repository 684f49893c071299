import type { Count } from '../../../api/contract/common-schemas.ts';
import type { TimeSeries } from '../../../api/contract/aggregate-schemas.ts';
import type { Interval } from '../../../api/contract/aggregate-terms.ts';
import type { IsoDay } from '../../../lib/dates.ts';
import { bucketEndOf, bucketLabel, bucketStartOf, bucketStarts, tickLabel } from './interval.ts';

/**
 * A `TimeSeries` shaped into one row per bucket for charts, tables and CSV.
 *
 * Three states a cell can be in, and they must never look alike:
 * - `value`: a real count, 0 included (the server said 0);
 * - `suppressed`: 1..k−1, withheld for this role; drawn as a gap, read as "<k";
 * - `missing`: the server sent no figure for it; drawn as a gap, read as "no data".
 * A gap is the only honest drawing of the last two: plotting them as 0 would lie.
 *
 * Counts live under `cells[key]` rather than as top-level row fields so a group key can
 * never collide with `start` or `label`; charts read them through `dataKey` functions.
 */

export type CellState = 'value' | 'suppressed' | 'missing';

export interface Cell {
  /** Null unless `state` is 'value'. */
  count: number | null;
  state: CellState;
}

export const MISSING: Cell = { count: null, state: 'missing' };

export function cellFromCount(count: Count | undefined): Cell {
  if (!count) return MISSING;
  if (count.suppressed || count.count === null) return { count: null, state: 'suppressed' };
  return { count: count.count, state: 'value' };
}

/** Back to the contract's shape; a missing cell has no count at all. */
export function countOfCell(cell: Cell): Count | null {
  if (cell.state === 'missing') return null;
  return cell.state === 'suppressed'
    ? { count: null, suppressed: true }
    : { count: cell.count, suppressed: false };
}

/** The series key of an ungrouped time series. */
export const TOTAL_KEY = '__total__';

export interface SeriesDef {
  key: string;
  label: string;
}

export interface PreviousCell {
  /** First and last day of the aligned previous-period bucket (for its label). */
  from: IsoDay;
  to: IsoDay;
  total: Cell;
}

export interface ChartRow {
  /** The bucket's own start (may lie before the range for a clipped first week or month). */
  start: IsoDay;
  /** The days of the bucket inside the range: what a zoom to this bucket selects. */
  from: IsoDay;
  to: IsoDay;
  /** "2–8 Mar 2026"; names clipped buckets by their real days. */
  label: string;
  /** "2 Mar": for axis ticks. */
  tick: string;
  total: Cell;
  cells: Record<string, Cell>;
  /** The previous period's bucket at the same index, when comparing. */
  previous?: PreviousCell;
}

export interface ShapedSeries {
  interval: Interval;
  from: IsoDay;
  to: IsoDay;
  series: SeriesDef[];
  rows: ChartRow[];
}

/**
 * One row per bucket from `from` to `to`, whatever the server sent: the contract promises
 * dense buckets, but a bucket it left out is "no data", never 0. A server bucket is matched
 * by the bucket its start falls in, so a server that starts a clipped first week on `from`
 * instead of on its Monday still lines up.
 */
export function shapeTimeSeries(ts: TimeSeries): ShapedSeries {
  const byStart = new Map(ts.buckets.map((b) => [bucketStartOf(b.start, ts.interval), b]));
  const series: SeriesDef[] =
    ts.groupBy === null ? [{ key: TOTAL_KEY, label: 'Reports' }] : ts.groups.map((g) => ({ ...g }));
  const rows = bucketStarts(ts.from, ts.to, ts.interval).map((start): ChartRow => {
    const bucket = byStart.get(start);
    const from = start < ts.from ? ts.from : start;
    const end = bucketEndOf(start, ts.interval);
    const to = end > ts.to ? ts.to : end;
    const total = cellFromCount(bucket?.total);
    const cells: Record<string, Cell> = {};
    for (const s of series) {
      cells[s.key] = s.key === TOTAL_KEY ? total : cellFromCount(bucket?.groups[s.key]);
    }
    return {
      start,
      from,
      to,
      label: bucketLabel(start, from, to, ts.interval),
      tick: tickLabel(start, ts.interval),
      total,
      cells,
    };
  });
  return { interval: ts.interval, from: ts.from, to: ts.to, series, rows };
}

/**
 * Lines the previous period up with the current one by bucket index: day n of this period
 * against day n of the one before. Buckets the previous period lacks are "no data". A
 * previous series with another interval (briefly possible while one query refetches and the
 * other still shows its last answer) cannot be aligned: every previous cell is then missing.
 */
export function alignPrevious(
  current: ShapedSeries,
  previous: TimeSeries | undefined,
): ShapedSeries {
  const prev =
    previous && previous.interval === current.interval ? shapeTimeSeries(previous) : null;
  const rows = current.rows.map((row, i): ChartRow => {
    const p = prev?.rows[i];
    return { ...row, previous: p ? { from: p.from, to: p.to, total: p.total } : undefined };
  });
  return { ...current, rows };
}

/** The counts of one series, for sparklines: null wherever there is no number to draw. */
export function seriesValues(shaped: ShapedSeries, key: string = TOTAL_KEY): (number | null)[] {
  return shaped.rows.map((r) => (key === TOTAL_KEY ? r.total : (r.cells[key] ?? MISSING)).count);
}

/**
 * The share of the bucket's reports a cell holds, 0..1; null when either side is not a
 * number, or the bucket is empty. Multi-valued dimensions (platforms…) count a report under
 * each of its values, so shares of one bucket may add up to more than 1.
 */
export function shareOfBucket(cell: Cell, total: Cell): number | null {
  if (cell.count === null || total.count === null || total.count === 0) return null;
  return cell.count / total.count;
}

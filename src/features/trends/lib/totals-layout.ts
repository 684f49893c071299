import { formatNumber } from '../../../lib/format.ts';
import { axisTicks } from './axis-ticks.ts';
import { bucketStarts, tickLabel } from './interval.ts';
import type { Cell, ShapedSeries } from './series-rows.ts';

/**
 * Where every part of the totals chart goes (reports over time, one series, and the previous
 * period's dashed line), from the data and the size alone: nothing is measured in the page.
 * Each bucket has a band of the plot's width and its point sits in the middle of the band.
 *
 * Honesty, as in the Recharts chart: a withheld or missing count is a gap, never 0. A known
 * count between two gaps has nothing to join to, so it is drawn as a dot.
 */

export const TOTALS_MARGIN = { top: 8, right: 16, bottom: 28, left: 64 } as const;
const Y_TICK_COUNT = 5;

export interface Point {
  x: number;
  y: number;
}

export interface TotalsLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** The width of one bucket's band. */
  band: number;
  /** The middle of each row's band. */
  xs: number[];
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
  /** Runs of known counts of the current period, each a piece of the area. */
  current: Point[][];
  /** Runs of known counts of the previous period. */
  previous: Point[][];
}

/** 0 and four more whole steps of 1, 2 or 5 × 10ⁿ, the last at or above `max`. */
export function countTicks(max: number, count = Y_TICK_COUNT): number[] {
  const rough = Math.max(1, max) / (count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude,
  );
  const ticks: number[] = [];
  for (let v = 0; ticks.length < count || v - step < max; v += step) ticks.push(v);
  return ticks;
}

/** The runs of consecutive known values, as points. */
function runs(cells: readonly (Cell | undefined)[], toPoint: (i: number, count: number) => Point) {
  const out: Point[][] = [];
  let run: Point[] = [];
  cells.forEach((cell, i) => {
    if (cell?.state === 'value' && cell.count !== null) run.push(toPoint(i, cell.count));
    else if (run.length) {
      out.push(run);
      run = [];
    }
  });
  if (run.length) out.push(run);
  return out;
}

export function totalsLayout(
  shaped: ShapedSeries,
  options: { width: number; height: number; showCurrent: boolean; showPrevious: boolean },
): TotalsLayout {
  const { width, height } = options;
  const plot = {
    left: TOTALS_MARGIN.left,
    top: TOTALS_MARGIN.top,
    right: Math.max(TOTALS_MARGIN.left + 1, width - TOTALS_MARGIN.right),
    bottom: Math.max(TOTALS_MARGIN.top + 1, height - TOTALS_MARGIN.bottom),
  };
  const rows = shaped.rows;
  const band = (plot.right - plot.left) / Math.max(1, rows.length);
  const xs = rows.map((_, i) => plot.left + (i + 0.5) * band);
  const currentCells = options.showCurrent ? rows.map((r) => r.total) : [];
  const previousCells = options.showPrevious ? rows.map((r) => r.previous?.total) : [];
  const largest = Math.max(
    0,
    ...[...currentCells, ...previousCells].map((c) => (c?.state === 'value' ? (c.count ?? 0) : 0)),
  );
  const ticks = countTicks(largest);
  const top = ticks.at(-1) ?? 1;
  const yOf = (count: number) => plot.bottom - (count / top) * (plot.bottom - plot.top);
  const toPoint = (i: number, count: number): Point => ({ x: xs[i] ?? plot.left, y: yOf(count) });
  // The same ticks as the Recharts chart, so a zoom reads the same on both pages.
  const tickStarts = new Set(
    axisTicks(
      bucketStarts(shaped.from, shaped.to, shaped.interval),
      shaped.interval,
      plot.right - plot.left,
    ),
  );
  return {
    width,
    height,
    plot,
    band,
    xs,
    yTicks: ticks.map((v) => ({ y: yOf(v), label: formatNumber(v) })),
    xTicks: rows.flatMap((r, i) =>
      tickStarts.has(r.start)
        ? [{ x: xs[i] ?? 0, label: tickLabel(r.start, shaped.interval) }]
        : [],
    ),
    current: runs(currentCells, toPoint),
    previous: runs(previousCells, toPoint),
  };
}

/** SVG path data through the points. */
export function linePath(points: readonly Point[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join('');
}

/** SVG path data of the area under the points, down to `baseline`. */
export function areaPath(points: readonly Point[], baseline: number): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return '';
  return `${linePath(points)}L${last.x.toFixed(1)},${baseline}L${first.x.toFixed(1)},${baseline}Z`;
}

/** The row under an x position of the plot (clamped to the first and last). */
export function rowAt(layout: TotalsLayout, x: number): number {
  const i = Math.floor((x - layout.plot.left) / layout.band);
  return Math.min(layout.xs.length - 1, Math.max(0, i));
}

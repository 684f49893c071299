import { useCallback, useMemo, type ComponentProps } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
  type MouseHandlerDataParam,
} from 'recharts';
import { OTHER_KEY, type Dimension } from '../../../api/contract/aggregate-terms.ts';
import type { IsoDay } from '../../../lib/dates.ts';
import { formatNumber } from '../../../lib/format.ts';
import { axisTicks } from '../lib/axis-ticks.ts';
import { chartSize, chartTheme } from '../lib/chart-theme.ts';
import { bucketStarts, tickLabel } from '../lib/interval.ts';
import { TOTAL_KEY, type ShapedSeries } from '../lib/series-rows.ts';
import { stackRows, unstackedRows, type StackedRow } from '../lib/stack.ts';
import { legendItems, PREVIOUS_KEY, type TrendChartType } from '../lib/trend-legend.ts';
import { axisTick } from './axis-tick.tsx';
import { SeriesLegend } from './series-legend.tsx';
import { trendSeries } from './trend-series.tsx';
import { TrendTooltip } from './trend-tooltip.tsx';
import { useDragZoom } from './use-drag-zoom.ts';
import { useLatestCallback } from '../../../lib/use-latest-callback.ts';

/**
 * Reports over time (Recharts), presentational: data and callbacks in, no fetching, no URL.
 *
 * Wiring: `shaped` = `alignPrevious(shapeTimeSeries(ts), previousTs)`; `hidden` is the
 * parent's set of hidden series keys (PREVIOUS_KEY hides the overlay); `onZoom(from, to)`
 * writes the date range; `onSelectValue(key)` writes a filter on `dimension` (never called
 * for "Other" or the unsplit total). `TrendPanel` does all this with a frame and a table.
 *
 * Honesty: suppressed and missing buckets are gaps (`connectNulls={false}`); stacks stop at
 * the first unknown cell (see `stackRows`), so nothing is drawn as if it were 0.
 */

export interface TrendChartProps {
  shaped: ShapedSeries;
  /** The split dimension, for category colours; null when not split. */
  dimension: Dimension | null;
  chartType: TrendChartType;
  hidden: ReadonlySet<string>;
  onToggleSeries?: (key: string) => void;
  /** Overlay the previous period's total (needs `shaped` from `alignPrevious`). */
  showPrevious?: boolean;
  /** Suppression threshold: withheld counts read "<k". */
  k: number;
  /** The SVG's own title and description (the frame's heading names the figure). */
  title: string;
  description: string;
  onZoom?: (fromDay: IsoDay, toDay: IsoDay) => void;
  onSelectValue?: (key: string) => void;
  /** Fixed size (tests, exports); without it the chart fills its container's width. */
  width?: number;
  height?: number;
}

const MARGIN = { top: 8, right: 16, bottom: 8, left: 8 };
const Y_AXIS_WIDTH = 56;
/** For choosing ticks when the chart fills its container (Recharts' responsive mode). */
const FALLBACK_WIDTH = 960;

type GridProps = ComponentProps<typeof CartesianGrid>;

/**
 * The grid's lines at the y axis' ticks, read off its scale. Recharts' own generators lay
 * the axis ticks out again, measuring every label in the page to see which collide, even
 * for the vertical lines this chart does not draw.
 */
const gridRows: NonNullable<GridProps['horizontalCoordinatesGenerator']> = ({ yAxis }) => {
  const scale = yAxis?.scale;
  if (!scale) return [];
  return (yAxis.ticks ?? yAxis.niceTicks ?? [])
    .map((tick) => scale.map(tick))
    .filter((y): y is number => typeof y === 'number' && Number.isFinite(y));
};
const noGridColumns: NonNullable<GridProps['verticalCoordinatesGenerator']> = () => [];

/*
 * Everything handed to Recharts keeps its identity from one render to the next unless it
 * really changed: Recharts keeps its settings in a store, and a new function or object in a
 * prop is a new setting, dispatched in a layout effect, and every dispatch re-runs every
 * selector of the chart. With stable props a filter change costs one new `data`.
 */
const CURSOR = { stroke: chartTheme.muted };
const activeStart = (s: MouseHandlerDataParam) =>
  s.activeLabel === undefined ? null : String(s.activeLabel);
const bucketStart = (d: StackedRow) => d.row.start;
const previousCount = (d: StackedRow) => d.row.previous?.total.count ?? null;

export function TrendChart(props: TrendChartProps) {
  const { shaped, dimension, chartType, hidden, k, showPrevious = false, onSelectValue } = props;
  const legend = useMemo(
    () => legendItems(shaped, dimension, showPrevious),
    [shaped, dimension, showPrevious],
  );
  const visible = useMemo(
    () => legend.filter((s) => s.key !== PREVIOUS_KEY && !hidden.has(s.key)),
    [legend, hidden],
  );
  // Memoised so a re-render that changes nothing (hover, a drag) hands Recharts the same
  // rows, and its selectors skip their work.
  const data = useMemo(
    () =>
      (chartType === 'line' ? unstackedRows : stackRows)(
        shaped.rows,
        visible.map((s) => s.key),
      ),
    [chartType, shaped.rows, visible],
  );
  const rowByStart = useMemo(() => new Map(shaped.rows.map((r) => [r.start, r])), [shaped.rows]);
  const width = props.width ?? FALLBACK_WIDTH;
  // From the range, not the rows, so a new answer for the same dates keeps the same ticks.
  const { from, to, interval } = shaped;
  const ticks = useMemo(
    () =>
      axisTicks(
        bucketStarts(from, to, interval),
        interval,
        width - MARGIN.left - MARGIN.right - Y_AXIS_WIDTH,
      ),
    [from, to, interval, width],
  );
  const { selection, handlers: zoom, consumeClick } = useDragZoom(shaped.rows, props.onZoom);
  const handlers = zoom
    ? {
        onMouseDown: (s: MouseHandlerDataParam) => zoom.down(activeStart(s)),
        onMouseMove: (s: MouseHandlerDataParam) => zoom.move(activeStart(s)),
        onMouseUp: zoom.up,
        onMouseLeave: zoom.leave,
      }
    : {};
  const previousShown = showPrevious && !hidden.has(PREVIOUS_KEY);
  const canSelect = onSelectValue !== undefined;
  const selectable = useCallback(
    (key: string) => canSelect && key !== OTHER_KEY && key !== TOTAL_KEY,
    [canSelect],
  );
  const select = useLatestCallback((key: string) => {
    if (!consumeClick() && selectable(key)) onSelectValue?.(key);
  });
  const tickFormatter = useCallback((start: string) => tickLabel(start, interval), [interval]);
  const grouped = shaped.series[0]?.key !== TOTAL_KEY;
  const tooltip = useCallback(
    ({ label }: { label?: string | number }) => (
      <TrendTooltip
        row={rowByStart.get(String(label))}
        series={visible}
        grouped={grouped}
        k={k}
        showPrevious={previousShown}
      />
    ),
    [rowByStart, visible, grouped, k, previousShown],
  );
  const series = useMemo(
    () => trendSeries({ visible, chartType, dots: shaped.rows.length <= 60, selectable, select }),
    [visible, chartType, shaped.rows.length, selectable, select],
  );
  const size = useMemo(
    () => chartSize(props.width, props.height ?? 320),
    [props.width, props.height],
  );

  return (
    <div className="trends-trend-chart">
      <ComposedChart
        data={data}
        {...size}
        title={props.title}
        desc={props.description}
        margin={MARGIN}
        {...handlers}
      >
        <CartesianGrid
          stroke={chartTheme.grid}
          strokeDasharray="3 3"
          vertical={false}
          horizontalCoordinatesGenerator={gridRows}
          verticalCoordinatesGenerator={noGridColumns}
        />
        <XAxis
          dataKey={bucketStart}
          tickFormatter={tickFormatter}
          stroke={chartTheme.grid}
          tick={axisTick}
          // Exactly these ticks, none measured (see axisTicks).
          ticks={ticks}
          interval={0}
        />
        <YAxis
          allowDecimals={false}
          tickFormatter={formatNumber}
          stroke={chartTheme.grid}
          tick={axisTick}
          width={Y_AXIS_WIDTH}
          // Five ticks over 300px never collide: no need to measure them.
          interval={0}
        />
        <Tooltip isAnimationActive={false} cursor={CURSOR} content={tooltip} />
        {series}
        {previousShown ? (
          // An unfilled Area, not a Line: see trendSeries.
          <Area
            name="Previous period"
            type="linear"
            dataKey={previousCount}
            stroke={chartTheme.muted}
            strokeDasharray="6 4"
            strokeWidth={2}
            fill="none"
            dot={false}
            connectNulls={false}
            isAnimationActive={false}
          />
        ) : null}
        {selection ? (
          <ReferenceArea
            x1={selection.from}
            x2={selection.to}
            fill={chartTheme.selection}
            fillOpacity={0.15}
          />
        ) : null}
      </ComposedChart>
      <SeriesLegend items={legend} hidden={hidden} onToggle={props.onToggleSeries} />
    </div>
  );
}

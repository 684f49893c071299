import { useMemo } from 'react';
import { CartesianGrid, ComposedChart, Line, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import { OTHER_KEY, type Dimension } from '../../../api/contract/aggregate-schemas.ts';
import type { IsoDay } from '../../../lib/dates.ts';
import { formatNumber } from '../../../lib/format.ts';
import { axisTicks } from '../lib/axis-ticks.ts';
import { chartSize, chartTheme } from '../lib/chart-theme.ts';
import { TOTAL_KEY, type ShapedSeries } from '../lib/series-rows.ts';
import { stackRows, unstackedRows, type StackedRow } from '../lib/stack.ts';
import { legendItems, PREVIOUS_KEY, type TrendChartType } from '../lib/trend-legend.ts';
import { SeriesLegend } from './series-legend.tsx';
import { trendSeries } from './trend-series.tsx';
import { TrendTooltip } from './trend-tooltip.tsx';
import { useDragZoom } from './use-drag-zoom.ts';

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
  const ticks = useMemo(
    () =>
      axisTicks(
        shaped.rows.map((r) => r.start),
        shaped.interval,
        width - MARGIN.left - MARGIN.right - Y_AXIS_WIDTH,
      ),
    [shaped.rows, shaped.interval, width],
  );
  const { selection, handlers, consumeClick } = useDragZoom(shaped.rows, props.onZoom);
  const previousShown = showPrevious && !hidden.has(PREVIOUS_KEY);
  const selectable = (key: string) =>
    onSelectValue !== undefined && key !== OTHER_KEY && key !== TOTAL_KEY;
  const select = (key: string) => {
    if (!consumeClick() && selectable(key)) onSelectValue?.(key);
  };

  return (
    <div className="trends-trend-chart">
      <ComposedChart
        data={data}
        {...chartSize(props.width, props.height ?? 320)}
        title={props.title}
        desc={props.description}
        margin={MARGIN}
        {...handlers}
      >
        <CartesianGrid stroke={chartTheme.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey={(d: StackedRow) => d.row.start}
          tickFormatter={(start: string) => rowByStart.get(start)?.tick ?? start}
          stroke={chartTheme.grid}
          tick={{ fill: chartTheme.muted, fontSize: 12 }}
          // Exactly these ticks, none measured (see axisTicks).
          ticks={ticks}
          interval={0}
        />
        <YAxis
          allowDecimals={false}
          tickFormatter={formatNumber}
          stroke={chartTheme.grid}
          tick={{ fill: chartTheme.muted, fontSize: 12 }}
          width={Y_AXIS_WIDTH}
          // Five ticks over 300px never collide: no need to measure them.
          interval={0}
        />
        <Tooltip
          isAnimationActive={false}
          cursor={{ stroke: chartTheme.muted }}
          content={({ label }) => (
            <TrendTooltip
              row={rowByStart.get(String(label))}
              series={visible}
              grouped={shaped.series[0]?.key !== TOTAL_KEY}
              k={k}
              showPrevious={previousShown}
            />
          )}
        />
        {trendSeries({ visible, chartType, dots: shaped.rows.length <= 60, selectable, select })}
        {previousShown ? (
          <Line
            name="Previous period"
            dataKey={(d: StackedRow) => d.row.previous?.total.count ?? null}
            stroke={chartTheme.muted}
            strokeDasharray="6 4"
            strokeWidth={2}
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

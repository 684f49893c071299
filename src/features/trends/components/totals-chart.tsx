import { memo, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { chartTheme } from '../lib/chart-theme.ts';
import { TOTAL_KEY } from '../lib/series-rows.ts';
import { areaPath, linePath, rowAt, totalsLayout } from '../lib/totals-layout.ts';
import { legendItems, PREVIOUS_KEY } from '../lib/trend-legend.ts';
import { SeriesLegend } from './series-legend.tsx';
import type { TrendChartProps } from './trend-chart.tsx';
import { TrendTooltip } from './trend-tooltip.tsx';
import { useDragZoom } from './use-drag-zoom.ts';

/**
 * Reports over time as one area (the bucket totals), with the previous period as a dashed
 * line: the overview's chart. Plain SVG laid out by arithmetic (`totalsLayout`), not
 * Recharts. Mounting a Recharts chart ran its store's set-up as several synchronous
 * renders (a 140 ms task at load on this machine) and every filter change went through its
 * selectors; this chart is a few paths, and the overview no longer loads Recharts at all.
 * The trends page keeps Recharts for its split, stacked and bar charts.
 *
 * It does what the Recharts chart does on the overview: a tooltip per bucket (pointer, or
 * the arrow keys once focused), drag across to zoom, the legend's buttons to hide a series,
 * gaps for withheld and missing counts. It draws the totals of `shaped` whatever its split.
 */
export const TotalsChart = memo(function TotalsChart(props: TrendChartProps) {
  const { shaped, hidden, k, showPrevious = false, onZoom } = props;
  const width = props.width ?? 960;
  const height = props.height ?? 320;
  const legend = useMemo(
    () =>
      legendItems(
        { ...shaped, series: [{ key: TOTAL_KEY, label: 'Reports' }] },
        null,
        showPrevious,
      ),
    [shaped, showPrevious],
  );
  const current = legend[0];
  const showCurrent = !hidden.has(TOTAL_KEY);
  const previousShown = showPrevious && !hidden.has(PREVIOUS_KEY);
  const layout = useMemo(
    () => totalsLayout(shaped, { width, height, showCurrent, showPrevious: previousShown }),
    [shaped, width, height, showCurrent, previousShown],
  );
  const [active, setActive] = useState<number | null>(null);
  const { selection, handlers } = useDragZoom(shaped.rows, onZoom);
  const rows = shaped.rows;
  const { plot } = layout;
  const xOf = (i: number) => layout.xs[i] ?? plot.left;
  const startAt = (e: PointerEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const i = rowAt(layout, e.clientX - box.left);
    return { i, start: rows[i]?.start ?? null };
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const last = rows.length - 1;
    const from = active ?? -1;
    const next =
      e.key === 'ArrowRight'
        ? Math.min(last, from + 1)
        : e.key === 'ArrowLeft'
          ? Math.max(0, from < 0 ? last : from - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (e.key === 'Escape') setActive(null);
    if (next === null) return;
    e.preventDefault();
    setActive(next);
  };
  const selected =
    selection && rows.length
      ? [selection.from, selection.to].map((s) => rows.findIndex((r) => r.start === s))
      : null;
  const activeRow = active === null ? undefined : rows[active];

  return (
    <div className="trends-trend-chart trends-totals">
      <svg
        className="trends-chart-surface trends-totals-surface"
        role="application"
        aria-label={`${props.title}. Use the arrow keys to read each ${shaped.interval}.`}
        tabIndex={0}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        fontSize={12}
        onKeyDown={onKeyDown}
        onBlur={() => setActive(null)}
        onPointerDown={(e) => {
          if (e.button === 0) handlers?.down(startAt(e).start);
        }}
        onPointerMove={(e) => {
          const at = startAt(e);
          setActive(at.i);
          handlers?.move(at.start);
        }}
        onPointerUp={() => handlers?.up()}
        onPointerLeave={() => {
          setActive(null);
          handlers?.leave();
        }}
      >
        <title>{props.title}</title>
        <desc>{props.description}</desc>
        <g className="trends-axis" fill={chartTheme.muted}>
          {layout.yTicks.map((t) => (
            <g key={t.label}>
              <line
                x1={plot.left}
                x2={plot.right}
                y1={t.y}
                y2={t.y}
                stroke={chartTheme.grid}
                // Zero is the axis itself: solid; the other counts are dashed grid lines.
                strokeDasharray={t.y === plot.bottom ? undefined : '3 3'}
              />
              <text
                className="trends-axis-tick"
                x={plot.left - 8}
                y={t.y}
                dy="0.355em"
                textAnchor="end"
              >
                {t.label}
              </text>
            </g>
          ))}
          {layout.xTicks.map((t) => (
            <text
              key={t.x}
              className="trends-axis-tick"
              x={t.x}
              y={plot.bottom + 8}
              dy="0.71em"
              textAnchor="middle"
            >
              {t.label}
            </text>
          ))}
        </g>
        {current
          ? layout.current.map((run) =>
              run.length === 1 ? (
                <circle key={run[0]!.x} cx={run[0]!.x} cy={run[0]!.y} r={3} fill={current.colour} />
              ) : (
                <g key={run[0]!.x} className="trends-totals-area">
                  <path d={areaPath(run, plot.bottom)} fill={current.colour} fillOpacity={0.55} />
                  <path d={linePath(run)} fill="none" stroke={current.colour} strokeWidth={1} />
                </g>
              ),
            )
          : null}
        {layout.previous.map((run) =>
          run.length === 1 ? (
            <circle key={run[0]!.x} cx={run[0]!.x} cy={run[0]!.y} r={2} fill={chartTheme.muted} />
          ) : (
            <path
              key={run[0]!.x}
              className="trends-totals-previous"
              d={linePath(run)}
              fill="none"
              stroke={chartTheme.muted}
              strokeDasharray="6 4"
              strokeWidth={2}
            />
          ),
        )}
        {selected && selected[0]! >= 0 && selected[1]! >= 0 ? (
          <rect
            x={xOf(Math.min(selected[0]!, selected[1]!)) - layout.band / 2}
            width={(Math.abs(selected[1]! - selected[0]!) + 1) * layout.band}
            y={plot.top}
            height={plot.bottom - plot.top}
            fill={chartTheme.selection}
            fillOpacity={0.15}
          />
        ) : null}
        {active !== null ? (
          <line
            x1={xOf(active)}
            x2={xOf(active)}
            y1={plot.top}
            y2={plot.bottom}
            stroke={chartTheme.muted}
          />
        ) : null}
      </svg>
      {activeRow ? (
        <div
          className="trends-totals-tooltip"
          // The side with more room, so the box never runs off the chart.
          style={
            xOf(active!) < width / 2
              ? { left: xOf(active!) + 12 }
              : { right: width - xOf(active!) + 12 }
          }
        >
          <TrendTooltip
            row={activeRow}
            series={showCurrent && current ? [current] : []}
            grouped={false}
            k={k}
            showPrevious={previousShown}
          />
        </div>
      ) : null}
      <SeriesLegend items={legend} hidden={hidden} onToggle={props.onToggleSeries} />
    </div>
  );
});

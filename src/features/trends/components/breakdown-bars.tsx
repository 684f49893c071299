import { memo, useMemo } from 'react';
import type { Breakdown } from '../../../api/contract/aggregate-schemas.ts';
import { BAR_FONT_SIZE, BAR_LABEL_WIDTH, BAR_ROW_HEIGHT, barLayout } from '../lib/bar-layout.ts';
import { chartTheme } from '../lib/chart-theme.ts';

/**
 * Counts by one dimension as horizontal bars, largest first, each in its category colour,
 * each labelled with its count. Clicking a row (its name or its bar) calls
 * `onSelectValue(key)` (filter every view by it); keyboard and screen reader users do the
 * same through the row buttons of the frame's table (`BreakdownPanel`). A withheld count
 * has no bar and reads "<k"; a zero has no bar and reads "0".
 *
 * Plain SVG, not Recharts: a page holds eight of these, and Recharts measured every label
 * and tick in the page on each filter change (over 100 ms a page at 1M reports). Here the
 * positions are arithmetic (`barLayout`) and a chart is a few dozen elements. The SVG is
 * the exported image too (`chart-download.ts` looks for `.trends-chart-surface`).
 */

export interface BreakdownBarsProps {
  breakdown: Breakdown;
  k: number;
  title: string;
  description: string;
  onSelectValue?: (key: string) => void;
  /** The drawing's width; the height follows the number of bars. */
  width: number;
}

const LINE_HEIGHT = 13;

export const BreakdownBars = memo(function BreakdownBars({
  breakdown,
  k,
  title,
  description,
  onSelectValue,
  width,
}: BreakdownBarsProps) {
  const layout = useMemo(() => barLayout(breakdown, k, width), [breakdown, k, width]);
  const mid = BAR_ROW_HEIGHT / 2;
  return (
    <svg
      className="trends-chart-surface trends-bars"
      role="img"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      fontSize={BAR_FONT_SIZE}
      fill={chartTheme.text}
    >
      <title>{title}</title>
      <desc>{description}</desc>
      {layout.rows.map((row) => {
        const select = row.selectable && onSelectValue ? () => onSelectValue(row.key) : undefined;
        const firstLine = mid - ((row.lines.length - 1) * LINE_HEIGHT) / 2;
        return (
          <g
            key={row.key}
            className="trends-bar"
            data-key={row.key}
            transform={`translate(0 ${row.y})`}
            onClick={select}
            style={select ? { cursor: 'pointer' } : undefined}
          >
            <title>{row.tooltip}</title>
            {/* The whole row is the target, not only a thin or absent bar. */}
            <rect width={layout.width} height={BAR_ROW_HEIGHT} fill="transparent" />
            <text x={BAR_LABEL_WIDTH} textAnchor="end" dominantBaseline="central">
              {row.lines.map((line, i) => (
                <tspan key={i} x={BAR_LABEL_WIDTH} y={firstLine + i * LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
            {row.barWidth > 0 ? (
              <rect
                className="trends-bar-rect"
                x={layout.barX}
                y={4}
                width={row.barWidth}
                height={BAR_ROW_HEIGHT - 8}
                fill={row.colour}
              />
            ) : null}
            <text
              className="trends-bar-value"
              x={layout.barX + row.barWidth + 4}
              y={mid}
              dominantBaseline="central"
            >
              {row.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
});

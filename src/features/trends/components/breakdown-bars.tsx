import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { OTHER_KEY, type Breakdown } from '../../../api/contract/aggregate-schemas.ts';
import { formatNumber } from '../../../lib/format.ts';
import { cellText } from '../lib/chart-table.ts';
import { chartSize, chartTheme } from '../lib/chart-theme.ts';
import { colourFor } from '../lib/colours.ts';
import { cellFromCount } from '../lib/series-rows.ts';

/**
 * Counts by one dimension as horizontal bars, largest first, each in its category colour.
 * Clicking a bar calls `onSelectValue(key)` (filter every view by it); keyboard and screen
 * reader users do the same through the row buttons of the frame's table (`BreakdownPanel`).
 * A withheld count has no bar and is labelled "<k"; a zero has no bar and reads "0".
 */

export interface BreakdownBarsProps {
  breakdown: Breakdown;
  k: number;
  title: string;
  description: string;
  onSelectValue?: (key: string) => void;
  /** Fixed width (tests, exports); the height follows the number of bars. */
  width?: number;
}

const ROW_HEIGHT = 28;

interface BarDatum {
  key: string;
  label: string;
  count: number | null;
  /** 0 for a withheld count, else null: an empty bar that only carries the "<k" label. */
  withheld: number | null;
  text: string;
  tooltip: string;
}

export function BreakdownBars({
  breakdown,
  k,
  title,
  description,
  onSelectValue,
  width,
}: BreakdownBarsProps) {
  const data: BarDatum[] = breakdown.items.map((item) => {
    const cell = cellFromCount(item.count);
    const text = cellText(cell, k);
    const withheld = cell.state === 'suppressed';
    return {
      key: item.key,
      label: item.label,
      count: cell.count,
      withheld: withheld ? 0 : null,
      text,
      tooltip: withheld ? `${text} (suppressed)` : text,
    };
  });
  const selectable = (key: string | undefined) =>
    onSelectValue !== undefined && key !== undefined && key !== OTHER_KEY;
  const height = Math.max(80, data.length * ROW_HEIGHT + 40);
  const shape = (p: BarShapeProps) => {
    const key = data[p.index]?.key;
    return (
      <Rectangle
        {...p}
        fill={colourFor(breakdown.dimension, key ?? OTHER_KEY)}
        style={selectable(key) ? { cursor: 'pointer' } : undefined}
      />
    );
  };

  return (
    <BarChart
      data={data}
      layout="vertical"
      {...chartSize(width, height)}
      title={title}
      desc={description}
      margin={{ top: 4, right: 48, bottom: 4, left: 8 }}
    >
      <CartesianGrid stroke={chartTheme.grid} strokeDasharray="3 3" horizontal={false} />
      <XAxis
        type="number"
        allowDecimals={false}
        tickFormatter={formatNumber}
        stroke={chartTheme.grid}
        tick={{ fill: chartTheme.muted, fontSize: 12 }}
      />
      <YAxis
        type="category"
        dataKey="label"
        width={150}
        stroke={chartTheme.grid}
        tick={{ fill: chartTheme.text, fontSize: 12 }}
      />
      <Tooltip
        isAnimationActive={false}
        cursor={{ fill: chartTheme.grid, fillOpacity: 0.4 }}
        content={({ activeIndex }) => {
          const d = data[Number(activeIndex)];
          if (activeIndex === undefined || !d) return null;
          return (
            <div
              style={{
                background: chartTheme.surface,
                color: chartTheme.text,
                border: `1px solid ${chartTheme.grid}`,
                padding: '4px 8px',
                fontSize: 13,
              }}
            >
              {d.label}: {d.tooltip}
            </div>
          );
        }}
      />
      <Bar
        dataKey="count"
        name="Reports"
        stackId="breakdown"
        isAnimationActive={false}
        shape={shape}
        onClick={(_, index) => {
          const key = data[index]?.key;
          if (selectable(key) && key) onSelectValue?.(key);
        }}
      >
        <LabelList dataKey="text" position="right" fill={chartTheme.text} fontSize={12} />
      </Bar>
      {/* Recharts labels only drawn bars; a withheld count has none, so this empty bar
          stacked on it carries its "<k", and it never reads as a bare 0 or as nothing. */}
      <Bar dataKey="withheld" stackId="breakdown" fill="none" isAnimationActive={false}>
        <LabelList dataKey="text" position="right" fill={chartTheme.text} fontSize={12} />
      </Bar>
    </BarChart>
  );
}

import { Area, Bar } from 'recharts';
import type { StackedRow } from '../lib/stack.ts';
import type { LegendItem, TrendChartType } from '../lib/trend-legend.ts';

/**
 * The Recharts elements of the visible series. Returned as elements, not wrapped in a
 * component, so Recharts sees its own Area/Bar/Line children. Stacked kinds read the
 * masked counts of `stackRows`; gaps are never connected.
 */

export interface TrendSeriesOptions {
  visible: readonly LegendItem[];
  chartType: TrendChartType;
  /** Dots show isolated points; too many buckets make them noise. */
  dots: boolean;
  selectable: (key: string) => boolean;
  select: (key: string) => void;
}

/**
 * One reader per series key, kept for the page's life: Recharts registers `dataKey` in its
 * store, so a new function on each render would re-register the series every time.
 */
const readers = new Map<string, (d: StackedRow) => number | null>();
function countOf(key: string) {
  let read = readers.get(key);
  if (!read) {
    read = (d: StackedRow) => d.counts[key] ?? null;
    readers.set(key, read);
  }
  return read;
}
const POINTER = { cursor: 'pointer' } as const;

export function trendSeries({ visible, chartType, dots, selectable, select }: TrendSeriesOptions) {
  return visible.map((s) => {
    const common = {
      name: s.label,
      dataKey: countOf(s.key),
      isAnimationActive: false,
      onClick: () => select(s.key),
      style: selectable(s.key) ? POINTER : undefined,
    };
    if (chartType === 'bar') return <Bar key={s.key} {...common} stackId="trend" fill={s.colour} />;
    if (chartType === 'area') {
      return (
        <Area
          key={s.key}
          {...common}
          stackId="trend"
          type="linear"
          stroke={s.colour}
          fill={s.colour}
          fillOpacity={0.55}
          connectNulls={false}
        />
      );
    }
    // A line is an unfilled, unstacked Area: Recharts' Line measures its path
    // (getTotalLength, a forced layout) on every render, animated or not.
    return (
      <Area
        key={s.key}
        {...common}
        type="linear"
        stroke={s.colour}
        strokeWidth={2}
        fill="none"
        dot={dots}
        connectNulls={false}
      />
    );
  });
}

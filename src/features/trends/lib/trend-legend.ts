import type { Dimension } from '../../../api/contract/aggregate-terms.ts';
import { chartTheme } from './chart-theme.ts';
import { colourFor } from './colours.ts';
import type { ShapedSeries } from './series-rows.ts';

export type TrendChartType = 'area' | 'bar' | 'line';

/** The legend key of the previous-period overlay (hide it like any series). */
export const PREVIOUS_KEY = '__previous__';

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  /** Drawn dashed on the chart (the previous period): shown dashed in the legend too. */
  dashed?: boolean;
}

/** The series of a trend chart in stacking order, each in its category colour. */
export function legendItems(
  shaped: ShapedSeries,
  dimension: Dimension | null,
  showPrevious: boolean,
): LegendItem[] {
  const items: LegendItem[] = shaped.series.map((s) => ({
    ...s,
    colour: colourFor(dimension, s.key),
  }));
  if (showPrevious)
    items.push({
      key: PREVIOUS_KEY,
      label: 'Previous period (all reports)',
      colour: chartTheme.muted,
      dashed: true,
    });
  return items;
}

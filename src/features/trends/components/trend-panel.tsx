import { memo, useMemo, useState, type ComponentType } from 'react';
import type { TimeSeries } from '../../../api/contract/aggregate-schemas.ts';
import { OTHER_KEY, type Dimension } from '../../../api/contract/aggregate-terms.ts';
import type { IsoDay } from '../../../lib/dates.ts';
import { trendTable } from '../lib/chart-table.ts';
import { alignPrevious, shapeTimeSeries, TOTAL_KEY } from '../lib/series-rows.ts';
import { ChartFrame } from './chart-frame.tsx';
import { legendItems, PREVIOUS_KEY, type TrendChartType } from '../lib/trend-legend.ts';
import type { TrendChartProps } from './trend-chart.tsx';
import { useElementWidth } from './use-element-width.ts';

/**
 * The trend chart in its frame, with the table and CSV kept in step with the legend: a
 * hidden series is gone from the chart, the table and the download alike.
 *
 * Wiring (phase 2): `series` and `previous` are the two timeseries answers (the previous
 * period from `previousPeriod(from, to)`, same interval and groupBy); `onZoom` writes
 * from/to to the URL; `onSelectValue(dimension, key)` adds a filter. Which series are
 * hidden is passing view state, kept here and forgotten when the split changes. Without
 * `width` the chart takes its container's width (and redraws when it changes).
 */

/** Where there is no layout to measure (tests): a typical desktop chart. */
const FALLBACK_WIDTH = 960;

export interface TrendPanelProps {
  /**
   * What draws: `TrendChart` (Recharts: splits, stacks, bars) or `TotalsChart` (plain SVG,
   * the totals only). A prop, so the overview's chunk never imports Recharts.
   */
  Chart: ComponentType<TrendChartProps>;
  title: string;
  description: string;
  series: TimeSeries;
  /** The previous period's series; shown as an overlay when given. */
  previous?: TimeSeries;
  chartType: TrendChartType;
  k: number;
  headingLevel?: 2 | 3 | 4;
  onZoom?: (fromDay: IsoDay, toDay: IsoDay) => void;
  onSelectValue?: (dimension: Dimension, key: string) => void;
  width?: number;
  height?: number;
}

// One empty set, so the chart's memoised rows survive a render that hides nothing.
const NONE_HIDDEN: ReadonlySet<string> = new Set();

/** Memoised: a change elsewhere on the page does not redraw the chart. */
export const TrendPanel = memo(function TrendPanel(props: TrendPanelProps) {
  const { Chart, series, previous, k, onSelectValue } = props;
  const [measureRef, measured] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH);
  const width = props.width ?? measured;
  const dimension = series.groupBy;
  const [hiddenState, setHidden] = useState<{
    dimension: Dimension | null;
    keys: ReadonlySet<string>;
  }>({
    dimension,
    keys: new Set(),
  });
  const hidden = hiddenState.dimension === dimension ? hiddenState.keys : NONE_HIDDEN;
  const toggle = (key: string) => {
    const keys = new Set(hidden);
    if (!keys.delete(key)) keys.add(key);
    setHidden({ dimension, keys });
  };

  const compare = previous !== undefined;
  const shaped = useMemo(
    () => alignPrevious(shapeTimeSeries(series), previous),
    [series, previous],
  );
  const legend = legendItems(shaped, dimension, compare);
  const visibleKeys = shaped.series.filter((s) => !hidden.has(s.key)).map((s) => s.key);
  // The keyboard's way to what clicking a series does: its column header in the table.
  const selectSeries =
    dimension && onSelectValue ? (key: string) => onSelectValue(dimension, key) : undefined;
  const isSeriesSelectable = (key: string) =>
    key !== OTHER_KEY && key !== TOTAL_KEY && shaped.series.some((s) => s.key === key);
  const table = () =>
    trendTable(shaped, {
      caption: props.title,
      visibleKeys,
      k,
      compare: compare && !hidden.has(PREVIOUS_KEY),
    });

  return (
    <ChartFrame
      title={props.title}
      description={props.description}
      table={table}
      headingLevel={props.headingLevel}
      exportLegend={legend.filter((l) => !hidden.has(l.key))}
      onSelectColumn={selectSeries}
      isColumnSelectable={isSeriesSelectable}
    >
      <div ref={measureRef} className="trends-chart-box">
        {width === null ? null : (
          <Chart
            shaped={shaped}
            dimension={dimension}
            chartType={props.chartType}
            hidden={hidden}
            onToggleSeries={toggle}
            showPrevious={compare}
            k={k}
            title={props.title}
            description={props.description}
            onZoom={props.onZoom}
            onSelectValue={selectSeries}
            width={width}
            height={props.height}
          />
        )}
      </div>
    </ChartFrame>
  );
});

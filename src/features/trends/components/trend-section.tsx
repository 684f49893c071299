import { useMemo, type ComponentType } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import type { TimeSeries } from '../../../api/contract/aggregate-schemas.ts';
import type { Dimension } from '../../../api/contract/aggregate-terms.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { ViewErrorBoundary } from '../../../components/view-error-boundary.tsx';
import type { IsoDay } from '../../../lib/dates.ts';
import type { TrendChartType } from '../lib/trend-legend.ts';
import type { TrendChartProps } from './trend-chart.tsx';
import { TrendPanel } from './trend-panel.tsx';

/**
 * A trend chart fed by its queries: this period's series and, when comparing, the previous
 * period's. Loading, failure (with Retry), emptiness and "refreshing" come from
 * `QueryState`. The chart waits only for this period: the overlay joins when the previous
 * period arrives (its own loading line or Retry shows under the chart meanwhile), so
 * ticking "compare" never blanks the chart. A chart that cannot draw its data fails alone.
 */

export interface TrendSectionProps {
  /** What draws the chart (see TrendPanel). */
  Chart: ComponentType<TrendChartProps>;
  current: UseQueryResult<TimeSeries> | undefined;
  previous?: UseQueryResult<TimeSeries>;
  /** What is drawn of the current answer (the overview draws only its bucket totals). */
  select?: (series: TimeSeries) => TimeSeries;
  title: string;
  description: string;
  chartType: TrendChartType;
  k: number;
  onZoom?: (fromDay: IsoDay, toDay: IsoDay) => void;
  onSelectValue?: (dimension: Dimension, key: string) => void;
}

export function TrendSection({ current, previous, select, ...chart }: TrendSectionProps) {
  const { search } = useLocation();
  const data = current?.data;
  // Memoised so the chart reshapes only when an answer changes, not on every render.
  const drawn = useMemo(() => (data && select ? select(data) : data), [data, select]);
  if (!current) return null;
  // The last previous period goes with the last current answer, not with a new one.
  const overlay =
    previous?.isPlaceholderData && !current.isPlaceholderData ? undefined : previous?.data;
  return (
    <ViewErrorBoundary name="Trend chart" resetKey={search}>
      <QueryState
        query={current}
        label="reports over time"
        isEmpty={(series) => series.total.count === 0}
        empty="No reports in these dates match the filters. Widen the dates or remove a filter."
      >
        {() => (drawn ? <TrendPanel {...chart} series={drawn} previous={overlay} /> : null)}
      </QueryState>
      {/* Only to say it failed: a loading line for the overlay would vanish when it lands,
          moving what is under it (layout shift); the chart is drawn without it meanwhile. */}
      {previous?.isError ? (
        <QueryState query={previous} label="the previous period">
          {() => null}
        </QueryState>
      ) : null}
    </ViewErrorBoundary>
  );
}

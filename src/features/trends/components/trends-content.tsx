import { useId } from 'react';
import type { Dimension } from '../../../api/contract/aggregate-terms.ts';
import { useFilters } from '../../../filters/use-filters.ts';
import { useViewParams } from '../../../filters/use-view-params.ts';
import { breakdownDimensions, useBreakdowns, useTrendSeries } from '../api/trend-queries.ts';
import { addFilterValue } from '../lib/filter-value.ts';
import { allowedIntervals, autoInterval } from '../lib/interval.ts';
import { maxBucketsFor } from '../lib/period.ts';
import { viewState, type QueryLike } from '../lib/query-group.ts';
import { trendDescription, trendTitle } from '../lib/trend-text.ts';
import {
  effectiveInterval,
  parseTrendViewOptions,
  trendViewPatch,
} from '../lib/trend-view-options.ts';
import { BreakdownCard } from './breakdown-card.tsx';
import type { TrendScopeValue } from './trend-scope.tsx';
import { TrendControls } from './trend-controls.tsx';
import { TrendChart } from './trend-chart.tsx';
import { TrendSection } from './trend-section.tsx';
import { useLatestCallback } from '../../../lib/use-latest-callback.ts';
import { useZoomHistory } from './use-zoom-history.ts';
import { ZoomControls } from './zoom-controls.tsx';

/**
 * What `/trends` shows once k and the period are known: the options, the trend chart with
 * its zoom controls, and the breakdown grid. `data-state` on the root says whether every
 * chart shows the answer for the current URL ("ready"), for benchmarks and tests.
 */
export function TrendsContent({ k, period, width }: TrendScopeValue & { width: number }) {
  const { filters, apiFilters, setFilters } = useFilters();
  const { viewParams, setViewParams } = useViewParams();
  const options = parseTrendViewOptions(viewParams);
  const maxBuckets = maxBucketsFor(width);
  const interval = effectiveInterval(options.interval, period.from, period.to, maxBuckets);
  const canCompare = apiFilters.from !== undefined;
  const compare = options.compare && canCompare;
  const series = useTrendSeries({
    filters: apiFilters,
    period,
    interval,
    split: options.split,
    compare,
  });
  const breakdowns = useBreakdowns(apiFilters);
  const zoom = useZoomHistory();
  const breakdownsId = useId();

  const selectValue = useLatestCallback((dimension: Dimension, key: string) => {
    const patch = addFilterValue(filters, dimension, key);
    if (patch) setFilters(patch);
  });
  const onZoom = useLatestCallback(zoom.zoom);
  const queries: QueryLike[] = [
    series.current,
    series.previous,
    ...Object.values(breakdowns),
  ].filter((q) => q !== undefined);

  return (
    <div className="trends-content" data-state={viewState(queries)}>
      <TrendControls
        options={options}
        interval={interval}
        auto={autoInterval(period.from, period.to, maxBuckets)}
        allowed={allowedIntervals(period.from, period.to, maxBuckets)}
        canCompare={canCompare}
        onChange={(patch) => setViewParams(trendViewPatch(patch))}
      />
      <ZoomControls zoom={zoom} hint="Drag across the chart to zoom in to those dates." />
      <TrendSection
        Chart={TrendChart}
        current={series.current}
        previous={series.previous}
        title={trendTitle(options.split)}
        description={trendDescription({
          period,
          interval,
          split: options.split,
          chartType: options.chart,
          compare,
          zoomable: true,
        })}
        chartType={options.chart}
        k={k}
        onZoom={onZoom}
        onSelectValue={selectValue}
      />
      <section className="trends-breakdowns" aria-labelledby={breakdownsId}>
        <h2 id={breakdownsId}>Breakdowns</h2>
        <div className="trends-breakdown-grid">
          {breakdownDimensions.map((dimension) => (
            <BreakdownCard
              key={dimension}
              dimension={dimension}
              query={breakdowns[dimension]}
              k={k}
              onSelectValue={selectValue}
            />
          ))}
        </div>
      </section>
    </div>
  );
}

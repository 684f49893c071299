import { useId } from 'react';
import { useLocation } from 'react-router';
import { ViewErrorBoundary } from '../../../components/view-error-boundary.tsx';
import { useFilters } from '../../../filters/use-filters.ts';
import type { Filters } from '../../../api/contract/filter-params.ts';
import { headlineReads, useHeadlineQueries, type HeadlineArgs } from '../api/headline-queries.ts';
import { minorsQueryFilters } from '../lib/headline.ts';
import { autoInterval } from '../lib/interval.ts';
import { totalsOnly } from '../lib/overview-figures.ts';
import { maxBucketsFor, periodDays, type Period } from '../lib/period.ts';
import { viewState } from '../lib/query-group.ts';
import { periodSentence, trendDescription } from '../lib/trend-text.ts';
import { HeadlineRow, headlineQueryList } from './headline-row.tsx';
import { TrendScope, useTrendReadsOnFilterChange, type TrendScopeValue } from './trend-scope.tsx';
import { TotalsChart } from './totals-chart.tsx';
import { TrendSection } from './trend-section.tsx';
import { useElementWidth } from './use-element-width.ts';
import { useLatestCallback } from '../../../lib/use-latest-callback.ts';
import { useZoomHistory } from './use-zoom-history.ts';
import { ZoomControls } from './zoom-controls.tsx';
import './trends.css';

/**
 * The overview's trends: six headline figures for the current filters (reports, share
 * urgent or in immediate danger, share online, share involving minors, the most reported
 * platform and exploitation type), each with a sparkline and its change against the
 * previous period of the same length, and one chart of reports over time with that period
 * overlaid. Drag-zoom on the chart sets the date range, as on `/trends`.
 *
 * Wiring (for the lead): `<OverviewTrends />`, no props, anywhere under the app's
 * providers; it reads the filters from the URL. It brings its own heading (h2) and
 * stylesheet. `data-state="ready"` on `.trends-overview-content` once everything is drawn
 * for the current URL. See `useHeadlineQueries` for the requests it makes.
 */
export function OverviewTrends() {
  const { apiFilters } = useFilters();
  const [ref, width] = useElementWidth<HTMLElement>(FALLBACK_WIDTH);
  const headingId = useId();
  return (
    <section ref={ref} className="trends-overview" aria-labelledby={headingId}>
      <h2 id={headingId}>Headline figures</h2>
      <ViewErrorBoundary name="Headline figures">
        <TrendScope filters={apiFilters}>
          {(scope) => (width === null ? null : <OverviewContent {...scope} width={width} />)}
        </TrendScope>
      </ViewErrorBoundary>
    </section>
  );
}

/** Where there is no layout to measure (tests): a typical desktop page. */
const FALLBACK_WIDTH = 1200;

/** What the figures and the chart ask for: buckets fitted to the section's width. */
function headlineArgs(
  filters: Filters,
  period: Period,
  width: number,
  exactCounts: boolean,
): HeadlineArgs {
  const interval = autoInterval(period.from, period.to, maxBucketsFor(width));
  return { filters, period, interval, exactCounts };
}

function OverviewContent({ k, period, exactCounts, width }: TrendScopeValue & { width: number }) {
  const { apiFilters } = useFilters();
  const args = headlineArgs(apiFilters, period, width, exactCounts);
  const { interval } = args;
  // Drawn from the answers as they are, in the render that brings them, with the count, the
  // map and the newest cases: one render and one frame per change (README decision 28). A
  // deferred copy (decision 22) cost a second render and a frame in between.
  const queries = useHeadlineQueries(args);
  useTrendReadsOnFilterChange((filters, next) =>
    headlineReads(headlineArgs(filters, next, width, exactCounts)),
  );
  // The URL drawn: a change's answers can be in (cached) before it renders, so "ready" alone
  // does not say the new answers are drawn (tests, benchmarks).
  const drawnSearch = useLocation().search;
  const zoom = useZoomHistory();
  const onZoom = useLatestCallback(zoom.zoom);
  const minors = minorsQueryFilters(apiFilters);
  const comparable = queries.series.previous !== undefined;
  const trend = [queries.series.urgency, queries.series.previous].filter((q) => q !== undefined);

  return (
    <div
      className="trends-overview-content"
      data-state={viewState([...headlineQueryList(queries), ...trend])}
      data-search={drawnSearch}
    >
      <p className="trends-period">{periodSentence(period, comparable)}</p>
      <HeadlineRow
        queries={queries}
        minors={minors === null ? null : minors === 'all' ? 'all' : 'query'}
        comparable={comparable}
        periodDays={periodDays(period)}
        k={k}
      />
      <ZoomControls zoom={zoom} hint="Drag across the chart to zoom in to those dates." />
      <TrendSection
        Chart={TotalsChart}
        current={queries.series.urgency}
        previous={queries.series.previous}
        select={totalsOnly}
        title="Reports over time"
        description={trendDescription({
          period,
          interval,
          split: null,
          chartType: 'area',
          compare: comparable,
          zoomable: true,
        })}
        chartType="area"
        k={k}
        onZoom={onZoom}
      />
    </div>
  );
}

import { MatchingReportCount } from '../../components/matching-report-count.tsx';
import { useFilters } from '../../filters/use-filters.ts';
import { TrendsContent } from './components/trends-content.tsx';
import { TrendScope } from './components/trend-scope.tsx';
import { useElementWidth } from './components/use-element-width.ts';
import './components/trends.css';

/**
 * The `/trends` page: reports over time (split, chart type, interval and comparison in the
 * URL), drag-to-zoom onto the global date range, and a breakdown chart per main field.
 * Every chart filters every view when a value in it is selected.
 *
 * The page's width is measured first: it decides how many buckets the series may have,
 * so the first request already asks for what the screen can show.
 */
export function TrendsView() {
  const { apiFilters } = useFilters();
  const [ref, width] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH);
  return (
    <div ref={ref} className="trends-view">
      <MatchingReportCount />
      <TrendScope filters={apiFilters}>
        {(scope) => (width === null ? null : <TrendsContent {...scope} width={width} />)}
      </TrendScope>
    </div>
  );
}

/** Where there is no layout to measure (tests): a typical desktop page. */
const FALLBACK_WIDTH = 1200;

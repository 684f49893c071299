import { useLocation } from 'react-router';
import { matchingCountQueryOptions } from '../api/aggregates/breakdown-query.ts';
import { useMe } from '../api/session/me-query.ts';
import { useFilters } from '../filters/use-filters.ts';
import { useReadsOnFilterChange } from '../filters/use-filter-reads.ts';
import { formatCount } from '../lib/format.ts';
import { useEarlyQuery } from '../lib/use-early-query.ts';
import { QueryState } from './query-state.tsx';

/** k = 11 unless `/me` says otherwise (CTDC's threshold); only used until `/me` has loaded. */
const DEFAULT_K = 11;

/** "12,345 reports match these filters", for partners "<11" when the total is suppressed. */
export function MatchingReportCount() {
  const { apiFilters } = useFilters();
  const { search } = useLocation();
  const me = useMe();
  const query = useEarlyQuery(matchingCountQueryOptions(apiFilters));
  useReadsOnFilterChange((filters) => [matchingCountQueryOptions(filters)]);
  const k = me.data?.suppressionThreshold ?? DEFAULT_K;

  // The slot is the loaded line's height, so the views under it do not move when the count
  // arrives (a small shift, but of everything below it: layout shift counts the area).
  return (
    // `data-search`: the URL the count shown answers (tests, benchmarks).
    <div className="report-count-slot" data-search={search}>
      <QueryState
        query={query}
        label="the number of matching reports"
        isEmpty={(total) => total.count === 0}
        empty="No reports match these filters. Widen the dates or remove a filter."
      >
        {(total) => (
          <p className="report-count">
            <strong>{formatCount(total, k)}</strong>{' '}
            {total.count === 1 ? 'report matches' : 'reports match'} these filters
          </p>
        )}
      </QueryState>
    </div>
  );
}

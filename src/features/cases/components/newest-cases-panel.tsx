import { useEarlyQuery } from '../../../lib/use-early-query.ts';
import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import * as E from '../../../api/contract/enums.ts';
import type { ReportPage } from '../../../api/contract/report-schemas.ts';
import { useMe } from '../../../api/session/me-query.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { filterSearch } from '../../../filters/filter-state.ts';
import { useFilters } from '../../../filters/use-filters.ts';
import { useReadsOnFilterChange } from '../../../filters/use-filter-reads.ts';
import { newestReportsQueryOptions } from '../api/newest-reports-query.ts';
import { formatLocation, formatReceivedAt, labelOf } from '../lib/case-format.ts';
import { casePath } from '../lib/case-path.ts';
import './newest-cases-panel.css';
import './urgency.css';

/**
 * The newest reports for the current filters, each a link to its case. Analysts only: for
 * anyone else (and until `/me` has said who is asking) it renders nothing and asks nothing.
 */
export function NewestCasesPanel() {
  const me = useMe();
  return me.data?.role === 'analyst' ? <NewestCasesList /> : null;
}

function NewestCasesList() {
  const { apiFilters } = useFilters();
  const { search } = useLocation();
  const query = useEarlyQuery(newestReportsQueryOptions(apiFilters));
  useReadsOnFilterChange((filters) => [newestReportsQueryOptions(filters)]);
  const headingId = useId();
  const [now] = useState(() => Date.now());
  // The case opens with these filters, so its Previous/Next follow the same list.
  const linkSearch = filterSearch(search);

  return (
    <section
      className="newest-cases"
      aria-labelledby={headingId}
      // For benchmarks and tests: "ready" once the list shown answers the current filters,
      // and the URL it answers.
      data-state={
        query.isError
          ? 'error'
          : query.isSuccess && !query.isPlaceholderData && !query.isFetching
            ? 'ready'
            : 'loading'
      }
      data-search={search}
    >
      <h2 id={headingId}>Newest reports</h2>
      <QueryState
        query={query}
        label="the newest reports"
        isEmpty={(page: ReportPage) => page.items.length === 0}
        empty="No reports match these filters."
      >
        {(page) => (
          <ol className="newest-cases-list">
            {page.items.map((report) => {
              const received = formatReceivedAt(report.receivedAt, now);
              return (
                <li key={report.id}>
                  {/* A string, not `{ pathname, search }`: for an object React Router builds
                      three error messages (JSON and all) on every render, in case it is wrong. */}
                  <Link to={`${casePath(report.id)}${linkSearch}`}>
                    <span className="newest-cases-id">{report.id}</span>
                    <span className={`case-urgency case-urgency--${report.urgency}`}>
                      {labelOf(E.urgency, report.urgency)}
                    </span>
                    <bdi>{formatLocation(report.location)}</bdi>
                  </Link>
                  <time dateTime={report.receivedAt} title={received.absolute}>
                    {received.relative || received.absolute}
                  </time>
                </li>
              );
            })}
          </ol>
        )}
      </QueryState>
    </section>
  );
}

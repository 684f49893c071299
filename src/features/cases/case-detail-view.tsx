import { useQuery } from '@tanstack/react-query';
import type { MouseEvent, ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../api/client/api-error.ts';
import { QueryState } from '../../components/query-state.tsx';
import { isPlausibleReportId, reportQueryOptions } from './api/report-query.ts';
import { useRevealReport } from './api/reveal-mutation.ts';
import { CaseDetail } from './components/case-detail.tsx';
import { useCaseNeighbours } from './hooks/use-case-neighbours.ts';
import { caseLink } from './lib/case-path.ts';
import { caseLocationState } from './lib/list-position.ts';

/**
 * One case at `/cases/:id`, opened from the list or by a direct link. The URL's query
 * string is the list's (filters and sort): it finds the case's neighbours for Previous and
 * Next, and leads back to the same list.
 */
export function CaseDetailView({ id }: { id: string }) {
  const back = <BackToList />;
  if (!isPlausibleReportId(id)) return <NoSuchReport id={id}>{back}</NoSuchReport>;
  // Keyed by id: a reveal (and everything else about a case) never outlives it.
  return <CaseReport key={id} id={id} back={back} />;
}

function CaseReport({ id, back }: { id: string; back: ReactNode }) {
  const query = useQuery(reportQueryOptions(id));
  const { mutateAsync: reveal } = useRevealReport();
  const neighbours = useCaseNeighbours(id);
  // Opened from the list (or moved to with Previous/Next): focus goes to the case's heading.
  // Opened by a link, the page loads as any page does, focus left where the browser puts it.
  const fromList = caseLocationState(useLocation().state) !== null;

  if (isApiError(query.error) && query.error.kind === 'not-found') {
    return <NoSuchReport id={id}>{back}</NoSuchReport>;
  }
  return (
    <>
      <p className="case-back">{back}</p>
      <QueryState query={query} label="the case">
        {(report) => (
          <CaseDetail
            report={report}
            onReveal={() => reveal(id)}
            caseUrl={caseLink(id)}
            focusOnOpen={fromList}
            {...neighbours}
          />
        )}
      </QueryState>
    </>
  );
}

/** To the list with its filters and sort; straight Back when the case was opened from it. */
function BackToList() {
  const { search, state } = useLocation();
  const navigate = useNavigate();
  const fromList = caseLocationState(state) !== null;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!fromList || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    // The list's own history entry, so it comes back scrolled where it was.
    event.preventDefault();
    void navigate(-1);
  };
  return (
    <Link to={{ pathname: '/cases', search }} onClick={onClick}>
      Back to the case list
    </Link>
  );
}

function NoSuchReport({ id, children }: { id: string; children: ReactNode }) {
  const shown = id.length > 40 ? `${id.slice(0, 40)}…` : id;
  return (
    <div className="notice-box" role="alert">
      <p>
        <strong>No report with this id</strong>
        {shown && (
          <>
            {' '}
            (<code>{shown}</code>)
          </>
        )}
        . It may have been removed, or the link may be incomplete.
      </p>
      <p>{children}</p>
    </div>
  );
}

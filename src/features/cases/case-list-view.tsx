import { MatchingReportCount } from '../../components/matching-report-count.tsx';

/** Placeholder until the case list issue lands: it replaces this file. */
export function CaseListView() {
  return (
    <>
      <p className="page-intro">
        The list of matching reports will be here, newest first, sortable, with a preview of each
        narrative and a link to the whole case.
      </p>
      <MatchingReportCount />
    </>
  );
}

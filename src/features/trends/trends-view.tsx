import { MatchingReportCount } from '../../components/matching-report-count.tsx';

/** Placeholder until the trends issue lands: it replaces this file. */
export function TrendsView() {
  return (
    <>
      <p className="page-intro">
        Reports over time will be here: a chart by day, week or month, split by urgency,
        exploitation type, platform or another field, with the period before for comparison.
      </p>
      <MatchingReportCount />
    </>
  );
}

import { MatchingReportCount } from '../../components/matching-report-count.tsx';

/** Placeholder until the map issue lands: it replaces this file. */
export function HotspotsView() {
  return (
    <>
      <p className="page-intro">
        A map of where reports come from will be here: counts per country, and a grid of hotspots
        for reports with coordinates. Selecting an area will filter every view.
      </p>
      <MatchingReportCount />
    </>
  );
}

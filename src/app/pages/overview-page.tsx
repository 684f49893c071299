import { MatchingReportCount } from '../../components/matching-report-count.tsx';
import { ViewErrorBoundary } from '../../components/view-error-boundary.tsx';
import { ReadsAhead } from '../../filters/reads-ahead.tsx';
import { OverviewTrends } from '../../features/trends/components/overview-trends.tsx';
import { HotspotOverviewPanel } from '../../features/hotspots/components/hotspot-overview-panel.tsx';
import { NewestCasesPanel } from '../../features/cases/components/newest-cases-panel.tsx';

/**
 * One screen composed of the three features. Each panel has its own error boundary, so a
 * failing one leaves the others working. The newest cases render nothing for a partner
 * (and ask for nothing).
 */
export function OverviewPage() {
  return (
    // Every view here registers its reads: a filter change's leave before the page is redrawn.
    <ReadsAhead>
      <MatchingReportCount />
      <ViewErrorBoundary name="Headline figures and trend">
        <OverviewTrends />
      </ViewErrorBoundary>
      <div className="overview-grid">
        <ViewErrorBoundary name="Hotspot map">
          <HotspotOverviewPanel />
        </ViewErrorBoundary>
        <ViewErrorBoundary name="Newest cases">
          <NewestCasesPanel />
        </ViewErrorBoundary>
      </div>
    </ReadsAhead>
  );
}

import { MatchingReportCount } from '../../components/matching-report-count.tsx';
import { PageIntro } from './page-intro.tsx';

export function OverviewPage() {
  return (
    <>
      <PageIntro>
        The headline numbers for the current filters will be here: how many reports arrived, how
        urgent they are, which kinds of exploitation and which platforms they mention, and how that
        compares with the period before.
      </PageIntro>
      <MatchingReportCount />
    </>
  );
}

import { useDeferredValue } from 'react';
import { Outlet, useLocation, useNavigation } from 'react-router';
import { SessionControls } from '../../auth/session-controls.tsx';
import { FilterBar } from '../../components/filter-bar/filter-bar.tsx';
import { ViewErrorBoundary } from '../../components/view-error-boundary.tsx';
import { FilterUrlGuard } from '../../filters/filter-url-guard.tsx';
import { useConfig } from '../../lib/config-context.tsx';
import { PageIntro } from '../pages/page-intro.tsx';
import { PageLoading } from '../pages/page-loading.tsx';
import { useRouteHeading } from '../routes/route-handle.ts';
import { useSession } from '../session/session-provider.tsx';
import { ThemeToggle } from '../theme/theme-toggle.tsx';
import { MainNav } from './main-nav.tsx';
import { PersonaSwitcher } from './persona-switcher.tsx';
import { SignedInAs } from './signed-in-as.tsx';
import { SkipLink } from './skip-link.tsx';

/**
 * The shell around every page. Everything that shows API data is keyed on the session
 * epoch: after a persona switch it mounts afresh, so no component can keep showing a
 * response fetched as the previous persona. The switcher and theme stay mounted (and
 * focused) across a switch.
 */
export function AppLayout() {
  const { personaSwitcher } = useConfig();
  const { epoch } = useSession();
  const { pathname } = useLocation();
  const navigation = useNavigation();
  const { title, intro } = useRouteHeading();
  // The first commit is the shell alone (header, heading, intro, filters), so it is painted
  // at once; the page's views follow in a background render React splits into slices.
  // Before, the first paint waited for the whole page's first render (about 80 ms even
  // without CPU slowdown), and on a cold load it came after /me had answered.
  const pageShown = useDeferredValue(true, false);

  return (
    <div className="app">
      <SkipLink />
      <header className="app-header">
        <div className="app-header-row">
          <p className="product-name">Intake dashboard</p>
          <SignedInAs key={`me-${epoch}`} />
          <div className="header-controls">
            {personaSwitcher && <PersonaSwitcher />}
            <ThemeToggle />
            <SessionControls />
          </div>
        </div>
        <MainNav key={`nav-${epoch}`} />
      </header>
      <main
        id="main-content"
        tabIndex={-1}
        key={`main-${epoch}`}
        aria-busy={navigation.state === 'loading'}
      >
        <h1>{title}</h1>
        <ViewErrorBoundary name="Filter bar">
          <FilterBar />
        </ViewErrorBoundary>
        {intro && <PageIntro>{intro}</PageIntro>}
        <ViewErrorBoundary name={title} resetKey={pathname}>
          {pageShown ? <Outlet /> : <PageLoading />}
        </ViewErrorBoundary>
      </main>
      <FilterUrlGuard />
    </div>
  );
}

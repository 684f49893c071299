import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppLayout } from '../layout/app-layout.tsx';
import { NotFoundPage } from '../pages/not-found-page.tsx';
import { PageLoading } from '../pages/page-loading.tsx';
import { RootErrorPage } from '../pages/root-error-page.tsx';
import { pageModules } from './page-modules.ts';
import { titled } from './route-handle.ts';
import { useReadsOnNavigation } from '../../filters/use-filter-reads.ts';

/**
 * Every page is its own chunk (charts, the map and the table are heavy); the layout is not,
 * so the header, navigation and filters show at once while a page loads.
 *
 * A function, not a constant: the router marks `lazy` entries as loaded by mutating them,
 * so two routers (tests render many) must not share one set of route objects.
 */
export const createRoutes = (): RouteObject[] => [
  {
    id: 'root',
    path: '/',
    Component: AppLayout,
    ErrorBoundary: RootErrorPage,
    children: [
      {
        index: true,
        handle: titled(
          'Overview',
          'The headline numbers for the current filters, compared with the period before, with ' +
            'the trend, where the reports come from and the newest cases.',
        ),
        HydrateFallback: PageLoading,
        lazy: { Component: async () => (await pageModules.overview()).OverviewPage },
      },
      {
        path: 'trends',
        handle: titled(
          'Trends',
          'Reports over time and by each main field, for the current filters. Select a bar, a ' +
            "series, or a value in a chart's table (“Show as table”) to filter every view by " +
            'that value; drag across the trend chart to zoom to those dates.',
        ),
        HydrateFallback: PageLoading,
        lazy: { Component: async () => (await pageModules.trends()).TrendsPage },
      },
      {
        path: 'map',
        handle: titled(
          'Map',
          'A map of where reports come from: counts per country, hotspot cells and a heat map ' +
            'for the current filters. Select an area on the map or in the table to filter ' +
            'every view by it.',
        ),
        HydrateFallback: PageLoading,
        lazy: { Component: async () => (await pageModules.map()).MapPage },
      },
      {
        path: 'cases',
        handle: titled(
          'Cases',
          "Every report that matches the filters. Sort by a column's heading, filter from its " +
            'menu, and open a case with a click or with Enter (the arrow keys move between rows).',
        ),
        HydrateFallback: PageLoading,
        lazy: { Component: async () => (await pageModules.cases()).CasesPage },
      },
      {
        path: 'cases/:id',
        handle: titled((params) => `Case ${params.id ?? ''}`),
        HydrateFallback: PageLoading,
        lazy: {
          Component: async () => (await pageModules.caseDetail()).CaseDetailPage,
        },
      },
      { path: '*', handle: titled('Page not found'), Component: NotFoundPage },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(createRoutes());
}

/**
 * The router as the app renders it, in the app and in the tests alike. Its updates are not
 * transitions: the render after a URL change is one task, so the reads it starts leave
 * together, in one batch (README decision 22).
 */
export function AppRouter({ router }: { router: ReturnType<typeof createBrowserRouter> }) {
  // A change's reads leave with the URL change, before this render (see filter-reads.ts).
  useReadsOnNavigation(router);
  return <RouterProvider router={router} useTransitions={false} />;
}

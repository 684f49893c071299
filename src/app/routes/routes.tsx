import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { AppLayout } from '../layout/app-layout.tsx';
import { NotFoundPage } from '../pages/not-found-page.tsx';
import { PageLoading } from '../pages/page-loading.tsx';
import { RootErrorPage } from '../pages/root-error-page.tsx';
import { titled } from './route-handle.ts';

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
        handle: titled('Overview'),
        HydrateFallback: PageLoading,
        lazy: { Component: async () => (await import('../pages/overview-page.tsx')).OverviewPage },
      },
      {
        path: 'trends',
        handle: titled('Trends'),
        HydrateFallback: PageLoading,
        lazy: { Component: async () => (await import('../pages/trends-page.tsx')).TrendsPage },
      },
      {
        path: 'map',
        handle: titled('Map'),
        HydrateFallback: PageLoading,
        lazy: { Component: async () => (await import('../pages/map-page.tsx')).MapPage },
      },
      {
        path: 'cases',
        handle: titled('Cases'),
        HydrateFallback: PageLoading,
        lazy: { Component: async () => (await import('../pages/cases-page.tsx')).CasesPage },
      },
      {
        path: 'cases/:id',
        handle: titled((params) => `Case ${params.id ?? ''}`),
        HydrateFallback: PageLoading,
        lazy: {
          Component: async () => (await import('../pages/case-detail-page.tsx')).CaseDetailPage,
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
  return <RouterProvider router={router} useTransitions={false} />;
}

/**
 * Each page's own chunk, and the paths it draws. The router loads a page through these
 * (routes.tsx), and `startLoadingPage` asks for the chunk of the page being opened as the
 * app starts, before the rest of the entry has been evaluated.
 *
 * This module must stay free of static imports: `main.tsx` imports it first, so that its
 * request leaves while React, the router and the contract schemas are still being set up
 * (100–250 ms of evaluation on a cold load). The router asked for it only after that.
 */

export const pageModules = {
  overview: () => import('../pages/overview-page.tsx'),
  trends: () => import('../pages/trends-page.tsx'),
  map: () => import('../pages/map-page.tsx'),
  cases: () => import('../pages/cases-page.tsx'),
  caseDetail: () => import('../pages/case-detail-page.tsx'),
};

export type PageName = keyof typeof pageModules;

/** The page the router will draw for `pathname`, in the routes' own terms (routes.tsx). */
export function pageFor(pathname: string): PageName | null {
  // The router ignores case and a trailing slash.
  const path = pathname.length > 1 ? pathname.toLowerCase().replace(/\/+$/, '') : pathname;
  if (path === '/') return 'overview';
  if (path === '/trends') return 'trends';
  if (path === '/map') return 'map';
  if (path === '/cases') return 'cases';
  if (/^\/cases\/[^/]+$/.test(path)) return 'caseDetail';
  return null;
}

/**
 * Starts loading the opened page's chunk. A failure is left for the router, which asks for
 * the same module and shows its error page; here it would only be an unhandled rejection.
 */
export function startLoadingPage(pathname: string): void {
  const page = pageFor(pathname);
  if (page) pageModules[page]().catch(() => {});
}

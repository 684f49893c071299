import { useEffect } from 'react';
import { useMatches, type Params } from 'react-router';

/** What each route says about itself; read by the layout. */
export interface RouteHandle {
  /** The page's name: its <h1>, and its tab title "Trends · Intake dashboard". */
  title: (params: Params) => string;
  /**
   * The sentence under the heading that says what the page is for. The layout shows it with
   * the heading, so it is there at the first paint, before the page's own code has loaded.
   */
  intro?: string;
}

export const PRODUCT_NAME = 'Intake dashboard';

export const titled = (
  title: string | ((params: Params) => string),
  intro?: string,
): RouteHandle => ({
  title: typeof title === 'string' ? () => title : title,
  intro,
});

function isRouteHandle(handle: unknown): handle is RouteHandle {
  return (
    typeof handle === 'object' &&
    handle !== null &&
    typeof (handle as RouteHandle).title === 'function'
  );
}

/** The deepest route's title (also set as the document title) and intro. */
export function useRouteHeading(): { title: string; intro: string | null } {
  const matches = useMatches();
  const match = [...matches].reverse().find((m) => isRouteHandle(m.handle));
  const handle = match && isRouteHandle(match.handle) ? match.handle : null;
  const title = handle && match ? handle.title(match.params) : PRODUCT_NAME;
  useEffect(() => {
    document.title = title === PRODUCT_NAME ? title : `${title} · ${PRODUCT_NAME}`;
  }, [title]);
  return { title, intro: handle?.intro ?? null };
}

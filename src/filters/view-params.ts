/**
 * URL parameters that are not filters but belong to a view (sorting, the map's position,
 * the trend chart's options). The filter layer keeps them and drops every parameter that is
 * neither a filter nor listed here, with a notice.
 *
 * Feature issues add their own parameters here. It is a static list on purpose: views are
 * loaded lazily, and a link to `/map?lat=…` must not lose `lat` because the map's code had
 * not loaded yet when the URL was checked. Each view still validates its own values.
 */

export interface ViewParamSpec {
  /** The view that reads it; documentation only. */
  owner: 'cases' | 'map' | 'trends' | 'overview';
  /** A position in a result list: meaningless once the filters change, so it is dropped then. */
  resetOnFilterChange?: boolean;
}

export const viewParams = {
  // Case list
  sort: { owner: 'cases' },
  cursor: { owner: 'cases', resetOnFilterChange: true },
  page: { owner: 'cases', resetOnFilterChange: true },
  // Map
  lat: { owner: 'map' },
  lon: { owner: 'map' },
  z: { owner: 'map' },
  layer: { owner: 'map' },
  // Trends
  interval: { owner: 'trends' },
  split: { owner: 'trends' },
  chart: { owner: 'trends' },
  compare: { owner: 'trends' },
} satisfies Record<string, ViewParamSpec>;

export type ViewParamName = keyof typeof viewParams;

export function isViewParam(name: string): name is ViewParamName {
  return Object.hasOwn(viewParams, name);
}

export function resetsOnFilterChange(name: string): boolean {
  return isViewParam(name) && (viewParams[name] as ViewParamSpec).resetOnFilterChange === true;
}

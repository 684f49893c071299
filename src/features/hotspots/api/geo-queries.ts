import { keepPreviousData, queryOptions, skipToken } from '@tanstack/react-query';
import { apiGet } from '../../../api/client/http-client.ts';
import { endpoints } from '../../../api/contract/endpoints.ts';
import { filtersToParams, type Bbox, type Filters } from '../../../api/contract/filter-params.ts';
import type { GridRequest } from '../lib/map-types.ts';

/**
 * The map's two geographic aggregates. Each layer asks only for its own: the choropleth for
 * country bins, bins and heat for grid bins. The persona is not in the keys: a persona switch
 * clears the whole cache (see the session provider), like every other query's.
 */

export const geoKeys = {
  all: ['aggregates', 'geo'] as const,
  countries: (filters: Filters) => [...geoKeys.all, 'countries', { filters }] as const,
  // The extent is snapped outward (viewExtent), so a small pan keeps the same key: no refetch.
  grid: (filters: Filters, grid: GridRequest | null) =>
    [
      ...geoKeys.all,
      'grid',
      { filters, cellSize: grid?.cellSize ?? null, extent: grid?.extent ?? null },
    ] as const,
};

export const countryBinsQueryOptions = (filters: Filters) =>
  queryOptions({
    queryKey: geoKeys.countries(filters),
    queryFn: ({ signal }) =>
      apiGet(endpoints.countryBins, {
        schema: 'CountryBins',
        params: filtersToParams(filters),
        signal,
      }),
    // The map keeps its colours while the next filter's answer loads, rather than blanking.
    placeholderData: keepPreviousData,
  });

const bboxParam = (b: Bbox) => b.join(',');

/** `grid` is null until the map has measured its view: nothing is asked for until then. */
export const gridBinsQueryOptions = (filters: Filters, grid: GridRequest | null) =>
  queryOptions({
    queryKey: geoKeys.grid(filters, grid),
    queryFn: grid
      ? ({ signal }) => {
          const params = filtersToParams(filters);
          params.set('cellSize', String(grid.cellSize));
          params.set('extent', bboxParam(grid.extent));
          // The signal cancels the request when a newer pan or zoom supersedes it.
          return apiGet(endpoints.gridBins, { schema: 'GridBins', params, signal });
        }
      : skipToken,
    // The previous view's bins stay drawn while the new view's load (they are placed by
    // their own coordinates and cell size, so they stay right while panning).
    placeholderData: keepPreviousData,
  });

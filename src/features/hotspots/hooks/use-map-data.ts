import { useQuery } from '@tanstack/react-query';
import type { Filters } from '../../../api/contract/filter-params.ts';
import { countryBinsQueryOptions, gridBinsQueryOptions } from '../api/geo-queries.ts';
import type { GridRequest, MapLayer } from '../lib/map-types.ts';

/**
 * The aggregate the active layer draws, and nothing else: the choropleth asks for country
 * bins, bins and heat for grid bins over the map's (snapped) view. The other query stays
 * disabled, its cached answer kept for a quick switch back.
 */
export function useMapData(layer: MapLayer, filters: Filters, grid: GridRequest | null) {
  const choropleth = layer === 'choropleth';
  const countries = useQuery({ ...countryBinsQueryOptions(filters), enabled: choropleth });
  const cells = useQuery({ ...gridBinsQueryOptions(filters, grid), enabled: !choropleth });
  const active = choropleth ? countries : cells;
  return {
    countries,
    cells,
    countryBins: choropleth ? (countries.data ?? null) : null,
    gridBins: choropleth ? null : (cells.data ?? null),
    /** What is drawn is the answer for these filters and this view, not a placeholder. */
    ready: active.isSuccess && !active.isPlaceholderData && !active.isFetching,
  };
}

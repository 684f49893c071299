import { useCallback, useMemo, useState } from 'react';
import type { Bbox } from '../../../api/contract/filter-params.ts';
import type { Me } from '../../../api/contract/session-schemas.ts';
import { useMetadata } from '../../../api/session/me-query.ts';
import { useFilters } from '../../../filters/use-filters.ts';
import { useConfig } from '../../../lib/config-context.tsx';
import { useMapData } from '../hooks/use-map-data.ts';
import { useMapUrl } from '../hooks/use-map-url.ts';
import type { GridRequest, MapViewport } from '../lib/map-types.ts';
import { disclosureFor, scopeFor } from '../lib/viewer.ts';
import { HotspotMapPanel } from './hotspot-map-panel.tsx';
import { MapDataState } from './map-data-state.tsx';

const sameGrid = (a: GridRequest | null, b: GridRequest) =>
  a !== null && a.cellSize === b.cellSize && a.extent.every((x, i) => x === b.extent[i]);

/**
 * The map page's map: the URL's layer and view, the filters, and the active layer's data,
 * wired to the panel. A map click writes a filter (pushing history, so Back undoes it); the
 * map holds no selection of its own.
 */
export function HotspotMapSection({ me }: { me: Me }) {
  const { filters, apiFilters, setFilters } = useFilters();
  const { layer, view, setLayer, setView } = useMapUrl();
  const { mapTiles } = useConfig();
  const metadata = useMetadata();
  // The map's measured view decides the grid request; it is not URL state (it depends on
  // the window's size), and the URL's view is written from the same report.
  const [grid, setGrid] = useState<GridRequest | null>(null);
  const data = useMapData(layer, apiFilters, grid);
  const disclosure = useMemo(() => disclosureFor(me), [me]);
  const scope = useMemo(() => scopeFor(me), [me]);
  const countryNames = useMemo(
    () => Object.fromEntries((metadata.data?.countries ?? []).map((c) => [c.code, c.name])),
    [metadata.data],
  );

  const onViewChange = useCallback(
    (viewport: MapViewport) => {
      setGrid((prev) => (sameGrid(prev, viewport.grid) ? prev : viewport.grid));
      setView(viewport.view);
    },
    [setView],
  );
  const current = filters.country;
  const onSelectCountry = useCallback(
    (code: string) => {
      if (current?.includes(code)) return;
      setFilters({ country: [...(current ?? []), code] });
    },
    [current, setFilters],
  );
  const onFilterToView = useCallback((bbox: Bbox) => setFilters({ bbox }), [setFilters]);

  return (
    <HotspotMapPanel
      layer={layer}
      onLayerChange={setLayer}
      countryBins={data.countryBins}
      gridBins={data.gridBins}
      view={view}
      onViewChange={onViewChange}
      onSelectCountry={onSelectCountry}
      onFilterToView={onFilterToView}
      disclosure={disclosure}
      scope={scope}
      tiles={mapTiles}
      countryNames={countryNames}
      dataReady={data.ready}
      dataState={(details) =>
        layer === 'choropleth' ? (
          <MapDataState query={data.countries} label="the counts per country">
            {details}
          </MapDataState>
        ) : (
          <MapDataState query={data.cells} label="the hotspot grid">
            {details}
          </MapDataState>
        )
      }
    />
  );
}

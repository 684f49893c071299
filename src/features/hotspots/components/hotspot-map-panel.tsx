import type { Map as LeafletMap } from 'leaflet';
import { useId, useRef, useState, type ReactNode } from 'react';
import type { CountryBins, GridBins } from '../../../api/contract/aggregate-schemas.ts';
import type { Bbox } from '../../../api/contract/filter-params.ts';
import { useMapAreas } from '../hooks/use-map-areas.ts';
import type { AreaRow } from '../lib/area-rows.ts';
import { mapLegendEntries } from '../lib/map-legend-entries.ts';
import { downloadBlob, mapImageFileName, renderMapImage } from '../lib/map-image.ts';
import type { Disclosure, MapLayer, MapView, MapViewport } from '../lib/map-types.ts';
import { unlocatedText } from '../lib/unlocated-text.ts';
import { AreaList } from './area-list.tsx';
import { HotspotMap, type HotspotMapProps } from './hotspot-map.tsx';
import { LayerSwitcher } from './layer-switcher.tsx';
import { MapActions } from './map-actions.tsx';
import { MapLegend } from './map-legend.tsx';
import { UnlocatedCount } from './unlocated-count.tsx';

export interface HotspotMapPanelProps {
  layer: MapLayer;
  onLayerChange(layer: MapLayer): void;
  /** The answers of the two geographic aggregates (null while there is none yet). */
  countryBins: CountryBins | null;
  gridBins: GridBins | null;
  view: MapView | null;
  onViewChange(viewport: MapViewport): void;
  onSelectCountry(code: string): void;
  /** "Filter to this view", and activating a grid cell (its box). */
  onFilterToView(bbox: Bbox): void;
  disclosure: Disclosure;
  /** Partners: their scope's name and countries. */
  scope?: { label: string; countries: readonly string[] } | null;
  tiles?: HotspotMapProps['tiles'];
  countryNames?: Readonly<Record<string, string>>;
  /**
   * Wraps what is drawn from the answer (count without coordinates, legend, area table) in
   * the page's loading and error states (QueryState). The map itself stays mounted whatever
   * the state: it reports the view the grid request depends on.
   */
  dataState?(details: ReactNode): ReactNode;
  /** The answer shown is current (see HotspotMap's `data-state`). */
  dataReady?: boolean;
}

const asIs = (details: ReactNode) => details;

/** The whole map panel: layer switch, map, legend, unlocated count, actions, area table. */
export function HotspotMapPanel(props: HotspotMapPanelProps) {
  const { layer, countryBins, gridBins, disclosure, scope = null, countryNames } = props;
  const { dataState = asIs } = props;
  const [highlight, setHighlight] = useState<string | null>(null);
  // The map's measured bounds (not URL state): what "filter to this view" would filter to.
  const [bbox, setBbox] = useState<Bbox | null>(null);
  const mapRef = useRef<LeafletMap>(null);
  const titleId = useId();
  const scoped = scope?.countries ?? null;
  const { grid, cellSize, countries, cells, scale, rows, totals } = useMapAreas({
    layer,
    countryBins,
    gridBins,
    disclosure,
    scope: scoped,
    countryNames,
  });
  const title = `${grid ? 'Report hotspots' : 'Reports per country'}${scope ? ` — ${scope.label}` : ''}`;

  const activate = (row: AreaRow) =>
    row.kind === 'country' ? props.onSelectCountry(row.country) : props.onFilterToView(row.bbox);
  const exportImage = async () => {
    const map = mapRef.current;
    if (!map) throw new Error('The map is not ready yet.');
    const outside = grid ? (gridBins?.outsideExtent ?? null) : null;
    const captions = totals
      ? [unlocatedText(totals.withoutCoordinates, disclosure, layer, outside)]
      : [];
    const blob = await renderMapImage(map.getContainer(), {
      title,
      legend: mapLegendEntries(layer, scale, disclosure, { outsideScope: scope !== null }),
      captions: [
        ...captions,
        `Made ${new Date().toISOString().slice(0, 10)}. Country shapes: Natural Earth.`,
      ],
    });
    downloadBlob(blob, mapImageFileName(title, new Date()));
  };

  return (
    <section className="hs-panel" aria-labelledby={titleId}>
      <h2 id={titleId} className="hs-title">
        {title}
      </h2>
      <div className="hs-toolbar">
        <LayerSwitcher value={layer} onChange={props.onLayerChange} />
        <MapActions bbox={bbox} onFilterToView={props.onFilterToView} onExportImage={exportImage} />
      </div>
      <div className="hs-body">
        <HotspotMap
          layer={layer}
          countries={countries}
          cells={cells}
          cellSize={cellSize}
          scale={scale}
          disclosure={disclosure}
          view={props.view}
          onViewChange={(viewport) => {
            setBbox(viewport.bbox);
            props.onViewChange(viewport);
          }}
          onSelectCountry={props.onSelectCountry}
          onSelectCell={props.onFilterToView}
          scope={scoped}
          tiles={props.tiles}
          countryNames={countryNames}
          highlight={highlight}
          onHighlight={setHighlight}
          mapRef={mapRef}
          label={`Map: ${title}`}
          dataReady={props.dataReady}
        />
        <div className="hs-side">
          {dataState(
            <>
              {totals && (
                <UnlocatedCount
                  count={totals.withoutCoordinates}
                  disclosure={disclosure}
                  layer={layer}
                  outsideView={gridBins && grid ? gridBins.outsideExtent : null}
                />
              )}
              <MapLegend
                layer={layer}
                scale={scale}
                disclosure={disclosure}
                showOutsideScope={scope !== null}
              />
              <AreaList
                rows={rows}
                caption={
                  grid
                    ? 'Grid cells in this view, most reports first'
                    : 'Countries, most reports first'
                }
                disclosure={disclosure}
                onActivate={activate}
                highlight={highlight}
                onHighlight={setHighlight}
              />
            </>,
          )}
        </div>
      </div>
    </section>
  );
}

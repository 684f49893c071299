import 'leaflet/dist/leaflet.css';
import './hotspots.css';
import type { Map as LeafletMap } from 'leaflet';
import { memo, useCallback, useMemo, useState, type Ref } from 'react';
import { MapContainer, TileLayer } from 'react-leaflet';
import { useAfterPaint } from '../../../lib/use-after-paint.ts';
import type { Bbox } from '../../../api/contract/filter-params.ts';
import { PARTNER_MIN_CELL_SIZE } from '../lib/cell-size.ts';
import { scopeBounds } from '../lib/country-boxes.ts';
import type { ShapeDetail } from '../lib/country-shapes.ts';
import type { CountScale } from '../lib/count-scale.ts';
import type {
  CountryCount,
  Disclosure,
  GridCell,
  LonLatBounds,
  MapLayer,
  MapView,
  MapViewport,
} from '../lib/map-types.ts';
import { FitForPrint, MIN_ZOOM, ScopeLimits, toLatLngs } from './map-effects.tsx';
import { MapLayers } from './map-layers.tsx';
import { MapViewSync } from './map-view-sync.tsx';

export interface HotspotMapProps {
  layer: MapLayer;
  /** CountryBins items, already limited to the scope (see inScopeCountries). */
  countries: readonly CountryCount[];
  /** GridBins cells, already limited to the scope (see inScopeCells), and their cell size. */
  cells: readonly GridCell[];
  cellSize: number;
  /** Built from the data of the layer shown; the legend gets the same object. */
  scale: CountScale;
  disclosure: Disclosure;
  /** From the URL; null opens on the partner's scope, or the world. */
  view: MapView | null;
  onViewChange(viewport: MapViewport): void;
  onSelectCountry(code: string): void;
  onSelectCell(bbox: Bbox): void;
  /** Partners: the countries they may see. The map opens on them and stays near them. */
  scope?: readonly string[] | null;
  /** A raster basemap for deployments with a tile server; none by default (no network). */
  tiles?: { urlTemplate: string; attribution: string } | null;
  countryNames?: Readonly<Record<string, string>>;
  highlight?: string | null;
  onHighlight?(id: string | null): void;
  detail?: ShapeDetail;
  mapRef?: Ref<LeafletMap>;
  /** Accessible name of the map region. */
  label?: string;
  /**
   * The data passed is the current answer (not a placeholder kept while the next loads).
   * With the shapes drawn, the region is marked `data-state="ready"` (tests, benchmarks).
   */
  dataReady?: boolean;
  /** A smaller map (the overview's panel). */
  compact?: boolean;
  /** The URL search the data passed answers, as `data-search` (tests, benchmarks). */
  drawnFor?: string;
}

/** Is the view's centre inside the bounds (longitudes compared a whole world either way)? */
function withinBounds(view: MapView, b: LonLatBounds): boolean {
  const lonInside = [-360, 0, 360].some((o) => view.lon + o >= b.west && view.lon + o <= b.east);
  return lonInside && view.lat >= b.south && view.lat <= b.north;
}

const WORLD: LonLatBounds = { west: -180, south: -58, east: 180, north: 78 };

/**
 * Hotspot map: Natural Earth basemap (no tiles needed), choropleth, bins or heat. Memoised:
 * a URL change that leaves its props alone (the overview draws from a deferred answer)
 * does not re-render every country.
 */
export const HotspotMap = memo(function HotspotMap({
  mapRef,
  dataReady = true,
  compact = false,
  drawnFor,
  ...props
}: HotspotMapProps) {
  const { view, scope = null, disclosure, tiles = null, onViewChange } = props;
  const [shapesDrawn, setShapesDrawn] = useState(false);
  const started = useAfterPaint();
  const mapClass = compact ? 'hs-map hs-map-compact' : 'hs-map';
  const onShapesDrawn = useCallback(() => setShapesDrawn(true), []);
  const scopeKey = scope?.join(',') ?? '';
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the codes, not the array
  const frame = useMemo(() => (scope ? scopeBounds(scope) : null), [scopeKey]);
  // A view far from a partner's scope (an analyst's link, say) is not theirs to open on.
  const shown = view && frame && !withinBounds(view, frame.maxBounds) ? null : view;
  const opening = shown
    ? { center: [shown.lat, shown.lon] as [number, number], zoom: shown.zoom }
    : { bounds: toLatLngs(frame?.bounds ?? WORLD) };
  return (
    <div
      role="region"
      aria-label={props.label ?? 'Map of reports'}
      className="hs-map-region"
      data-state={shapesDrawn && dataReady ? 'ready' : 'loading'}
      data-layer={props.layer}
      data-search={drawnFor}
    >
      {started ? (
        <MapContainer
          ref={mapRef}
          className={mapClass}
          {...opening}
          minZoom={MIN_ZOOM}
          // Quarter steps let the world or a scope fill the width instead of repeating.
          zoomSnap={0.25}
          maxZoom={disclosure.suppressSmall ? 10 : 12}
          // Analysts pan round the world; partners are held near their scope instead.
          worldCopyJump={!frame}
          maxBounds={frame ? toLatLngs(frame.maxBounds) : undefined}
          maxBoundsViscosity={1}
        >
          {tiles && <TileLayer url={tiles.urlTemplate} attribution={tiles.attribution} />}
          <ScopeLimits frame={frame} />
          <FitForPrint />
          <MapViewSync
            view={shown}
            minCellSize={disclosure.suppressSmall ? PARTNER_MIN_CELL_SIZE : 0}
            onViewChange={onViewChange}
          />
          <MapLayers {...props} onShapesDrawn={onShapesDrawn} />
        </MapContainer>
      ) : (
        // The map's box, sea-coloured, until Leaflet starts (after the page's first paint).
        <div className={mapClass} />
      )}
    </div>
  );
});

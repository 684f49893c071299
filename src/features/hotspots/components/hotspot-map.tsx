import './hotspots.css';
import type { Map as LeafletMapInstance } from 'leaflet';
import { memo, Suspense, use, useCallback, useState, type Ref } from 'react';
import { settledPromise } from '../../../lib/settled-promise.ts';
import { useNearViewport } from '../../../lib/use-near-viewport.ts';
import type { Bbox } from '../../../api/contract/filter-params.ts';
import type { ShapeDetail } from '../lib/country-shapes.ts';
import type { CountScale } from '../lib/count-scale.ts';
import type {
  CountryCount,
  Disclosure,
  GridCell,
  MapLayer,
  MapView,
  MapViewport,
} from '../lib/map-types.ts';
import type * as LeafletMapModule from './leaflet-map.tsx';
import type { LeafletMapProps } from './leaflet-map.tsx';

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
  mapRef?: Ref<LeafletMapInstance>;
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

let leafletMap: Promise<typeof LeafletMapModule> | null = null;
/**
 * Leaflet's chunk, loaded once (a failed load is tried again at the next mount), with the
 * country shapes started beside it. The basemap's topology is asked for here too: its loader
 * shares Leaflet's chunk (with topojson), so it would otherwise be found only after Leaflet
 * had loaded and run (~280 ms later on the map page); the loader's own import finds it cached.
 */
function loadLeafletMap() {
  if (!leafletMap) {
    // Failures here are not this call's to report: the map asks again as it mounts and its
    // error boundary says so.
    import('world-atlas/countries-110m.json').catch(() => {});
    import('../lib/load-country-shapes.ts').then((m) => m.countryShapes()).catch(() => {});
    leafletMap = settledPromise(import('./leaflet-map.tsx'));
    leafletMap.catch(() => (leafletMap = null));
  }
  return leafletMap;
}

/**
 * Not `React.lazy`: it suspends on its first render even when the chunk has long loaded,
 * and React then holds the map back for up to 300 ms. `use` on a settled-marked promise
 * renders a loaded chunk at once.
 *
 * Memoised apart from HotspotMap: the URL drawn and the data's readiness (on HotspotMap's own
 * element) change at every filter change before its answer comes, and re-rendered Leaflet's
 * whole tree and every country with the same data.
 */
const LeafletMap = memo(function LeafletMap(props: LeafletMapProps) {
  const { default: Loaded } = use(loadLeafletMap());
  return <Loaded {...props} />;
});

/** For a page about to show a map: Leaflet and the basemap start loading now. */
export function preloadLeafletMap(): void {
  void loadLeafletMap();
}

/**
 * Hotspot map: Natural Earth basemap (no tiles needed), choropleth, bins or heat. Leaflet
 * starts when the map comes near the viewport (the overview's map is below the fold on any
 * screen), with the map's sea-coloured box in its place until then. Memoised: a render of
 * its panel that leaves its props alone does not re-render every country.
 */
export const HotspotMap = memo(function HotspotMap({
  dataReady = true,
  compact = false,
  drawnFor,
  ...props
}: HotspotMapProps) {
  const [shapesDrawn, setShapesDrawn] = useState(false);
  const [regionRef, near] = useNearViewport<HTMLDivElement>();
  const mapClass = compact ? 'hs-map hs-map-compact' : 'hs-map';
  const onShapesDrawn = useCallback(() => setShapesDrawn(true), []);
  const placeholder = <div className={mapClass} />;
  return (
    <div
      ref={regionRef}
      role="region"
      aria-label={props.label ?? 'Map of reports'}
      className="hs-map-region"
      data-state={shapesDrawn && dataReady ? 'ready' : 'loading'}
      data-layer={props.layer}
      data-search={drawnFor}
    >
      {near ? (
        <Suspense fallback={placeholder}>
          <LeafletMap {...props} className={mapClass} onShapesDrawn={onShapesDrawn} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
});

import 'leaflet/dist/leaflet.css';
import { useMemo } from 'react';
import { MapContainer, TileLayer } from 'react-leaflet';
import { PARTNER_MIN_CELL_SIZE } from '../lib/cell-size.ts';
import { scopeBounds } from '../lib/country-boxes.ts';
import type { LonLatBounds, MapView } from '../lib/map-types.ts';
import type { HotspotMapProps } from './hotspot-map.tsx';
import { FitForPrint, MIN_ZOOM, ScopeLimits, toLatLngs } from './map-effects.tsx';
import { MapLayers } from './map-layers.tsx';
import { MapViewSync } from './map-view-sync.tsx';

export interface LeafletMapProps extends Omit<
  HotspotMapProps,
  'dataReady' | 'compact' | 'drawnFor'
> {
  className: string;
  onShapesDrawn(): void;
}

/** Is the view's centre inside the bounds (longitudes compared a whole world either way)? */
function withinBounds(view: MapView, b: LonLatBounds): boolean {
  const lonInside = [-360, 0, 360].some((o) => view.lon + o >= b.west && view.lon + o <= b.east);
  return lonInside && view.lat >= b.south && view.lat <= b.north;
}

const WORLD: LonLatBounds = { west: -180, south: -58, east: 180, north: 78 };

/**
 * Leaflet and its layers: a chunk of their own, loaded when a map is about to be seen (see
 * HotspotMap), so a page whose map is below the fold opens without them.
 */
export default function LeafletMap({ mapRef, className, ...props }: LeafletMapProps) {
  const { view, scope = null, disclosure, tiles = null, onViewChange } = props;
  const scopeKey = scope?.join(',') ?? '';
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the codes, not the array
  const frame = useMemo(() => (scope ? scopeBounds(scope) : null), [scopeKey]);
  // A view far from a partner's scope (an analyst's link, say) is not theirs to open on.
  const shown = view && frame && !withinBounds(view, frame.maxBounds) ? null : view;
  const opening = shown
    ? { center: [shown.lat, shown.lon] as [number, number], zoom: shown.zoom }
    : { bounds: toLatLngs(frame?.bounds ?? WORLD) };
  return (
    <MapContainer
      ref={mapRef}
      className={className}
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
      <MapLayers {...props} />
    </MapContainer>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useMap, useMapEvent } from 'react-leaflet';
import type { MapView, MapViewport } from '../lib/map-types.ts';
import { useLatestCallback } from '../../../lib/use-latest-callback.ts';
import { sameView, viewportFor } from '../lib/viewport.ts';

export interface MapViewSyncProps {
  /** The view from the URL; null lets the map keep the view it opened on. */
  view: MapView | null;
  minCellSize: number;
  onViewChange(viewport: MapViewport): void;
  debounceMs?: number;
}

/**
 * Two-way link between the URL's view and Leaflet's. The map reports its viewport once on
 * mount (the page needs a grid request before any pan) and after each move, debounced, so a
 * drag is one URL write and one fetch. A view arriving from the URL (back button, shared link)
 * moves the map, unless it is the echo of what the map itself just reported: during a long
 * drag that echo is already stale, and following it would pull the map back.
 */
export function MapViewSync({
  view,
  minCellSize,
  onViewChange,
  debounceMs = 300,
}: MapViewSyncProps) {
  const map = useMap();
  const reported = useRef<MapView | null>(null);
  const callback = useRef(onViewChange);
  useEffect(() => {
    callback.current = onViewChange;
  }, [onViewChange]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const emit = () => {
      const c = map.getCenter();
      const b = map.getBounds();
      const viewport = viewportFor(
        { lat: c.lat, lon: c.lng },
        map.getZoom(),
        { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() },
        { minCellSize },
      );
      reported.current = viewport.view;
      callback.current(viewport);
    };
    const onMove = () => {
      clearTimeout(timer);
      timer = setTimeout(emit, debounceMs);
    };
    emit();
    map.on('moveend', onMove);
    return () => {
      clearTimeout(timer);
      map.off('moveend', onMove);
    };
  }, [map, minCellSize, debounceMs]);

  const lat = view?.lat;
  const lon = view?.lon;
  const zoom = view?.zoom;
  useEffect(() => {
    if (lat === undefined || lon === undefined || zoom === undefined) return;
    const wanted = { lat, lon, zoom };
    if (reported.current && sameView(reported.current, wanted)) return;
    const c = map.getCenter();
    if (sameView({ lat: c.lat, lon: c.lng, zoom: map.getZoom() }, wanted)) return;
    map.setView([lat, lon], zoom, { animate: false });
  }, [map, lat, lon, zoom]);
  return null;
}

/**
 * The unwrapped longitudes to draw world copies for: a whole world around the view's centre
 * (rounded to 30°, so small pans do not re-render the layers), or the view itself when it is
 * wider than that. Each place is then drawn once, on the side of the antimeridian in view.
 */
export function useCopyRange(): [number, number] {
  const map = useMap();
  const read = (): [number, number] => {
    const b = map.getBounds();
    const centre = Math.round(map.getCenter().lng / 30) * 30;
    return [Math.min(b.getWest(), centre - 180), Math.max(b.getEast(), centre + 180)];
  };
  const [range, setRange] = useState(read);
  // One handler for the map's life: a new one at each render was unbound and bound again
  // at every filter change, and Leaflet searches the map's listeners to unbind one.
  const onMoveEnd = useLatestCallback(() => {
    const next = read();
    if (next[0] !== range[0] || next[1] !== range[1]) setRange(next);
  });
  useMapEvent('moveend', onMoveEnd);
  return range;
}

/** The current zoom, for layers that size things in pixels. */
export function useZoom(): number {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  // Bound once (see useCopyRange).
  const onZoomEnd = useLatestCallback(() => setZoom(map.getZoom()));
  useMapEvent('zoomend', onZoomEnd);
  return zoom;
}

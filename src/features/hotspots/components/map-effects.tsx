import { latLngBounds } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { ScopeBounds } from '../lib/country-boxes.ts';
import type { LonLatBounds } from '../lib/map-types.ts';

/** Zoom 0 shows the world several times over on a wide screen: nothing to see there. */
export const MIN_ZOOM = 1;

export const toLatLngs = (b: LonLatBounds): [[number, number], [number, number]] => [
  [b.south, b.west],
  [b.north, b.east],
];

/**
 * Partners stay near their scope: maxBounds stops the pan, and the minimum zoom stops them
 * zooming out to the world (maxBounds alone allows that). Both are lifted if the scope goes.
 */
export function ScopeLimits({ frame }: { frame: ScopeBounds | null }) {
  const map = useMap();
  useEffect(() => {
    if (!frame) return;
    map.setMaxBounds(toLatLngs(frame.maxBounds));
    const zoom = map.getBoundsZoom(toLatLngs(frame.maxBounds), false);
    if (Number.isFinite(zoom)) map.setMinZoom(Math.max(MIN_ZOOM, zoom));
    return () => {
      // An empty (invalid) bounds is how Leaflet is told "no maxBounds".
      map.setMaxBounds(latLngBounds([]));
      map.setMinZoom(MIN_ZOOM);
    };
  }, [map, frame]);
  return null;
}

/** Print styles resize the map; Leaflet must measure again or the printout is cropped. */
export function FitForPrint() {
  const map = useMap();
  useEffect(() => {
    const fit = () => map.invalidateSize({ pan: false });
    window.addEventListener('beforeprint', fit);
    window.addEventListener('afterprint', fit);
    return () => {
      window.removeEventListener('beforeprint', fit);
      window.removeEventListener('afterprint', fit);
    };
  }, [map]);
  return null;
}

import { mapLayers, type MapLayer, type MapView } from './map-types.ts';
import { MERCATOR_MAX_LAT } from './geo-extent.ts';

/**
 * The map's own URL parameters: `layer`, and the view as `lat`, `lon`, `z`. A shared link
 * shows the same map. Bad or partial values fall back to the defaults (the choropleth; the
 * partner's scope or the world), never to an error: a link is often hand-edited.
 */

export const DEFAULT_LAYER: MapLayer = 'choropleth';
export const MAX_URL_ZOOM = 18;

export interface MapUrlState {
  layer: MapLayer;
  /** Null when the URL has no complete, valid view. */
  view: MapView | null;
}

const isLayer = (v: string | null): v is MapLayer =>
  v !== null && (mapLayers as readonly string[]).includes(v);

function number(raw: string | null, min: number, max: number): number | null {
  if (raw === null || raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

export function parseMapUrl(params: URLSearchParams): MapUrlState {
  const raw = params.get('layer');
  const layer = isLayer(raw) ? raw : DEFAULT_LAYER;
  const lat = number(params.get('lat'), -MERCATOR_MAX_LAT, MERCATOR_MAX_LAT);
  const lon = number(params.get('lon'), -180, 180);
  const zoom = number(params.get('z'), 0, MAX_URL_ZOOM);
  return { layer, view: lat === null || lon === null || zoom === null ? null : { lat, lon, zoom } };
}

/**
 * The URL parameters for a view. The layer is left alone (a layer switch may be on its way
 * to the URL while the map reports a move), except that a bad or default `layer` is dropped.
 */
export function viewPatch(view: MapView, rawLayer: string | null) {
  const patch: { lat: string; lon: string; z: string; layer?: null } = {
    lat: String(view.lat),
    lon: String(view.lon),
    z: String(view.zoom),
  };
  if (rawLayer !== null && (!isLayer(rawLayer) || rawLayer === DEFAULT_LAYER)) patch.layer = null;
  return patch;
}

export function layerPatch(layer: MapLayer) {
  return { layer: layer === DEFAULT_LAYER ? null : layer };
}

import type { Count } from '../../../api/contract/common-schemas.ts';
import type { Bbox } from '../../../api/contract/filter-params.ts';
import type { cellSizes } from '../../../api/contract/aggregate-terms.ts';

/** The map view that goes in the URL: a shared link shows the same map. */
export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export const mapLayers = ['choropleth', 'bins', 'heat'] as const;
export type MapLayer = (typeof mapLayers)[number];

export type CellSize = (typeof cellSizes)[number];

/** One item of `CountryBins`. */
export interface CountryCount {
  country: string;
  count: Count;
}

/** One cell of `GridBins`: its south-west corner; the size is the answer's `cellSize`. */
export interface GridCell {
  south: number;
  west: number;
  count: Count;
}

/**
 * Who is looking decides what may be shown. For partners (`suppressSmall`), every count from
 * 1 to k−1 is shown as "<k", even if the API were to send it: the dashboard must never render
 * what a role may not see.
 */
export interface Disclosure {
  k: number;
  suppressSmall: boolean;
}

/** The grid aggregate to ask for: `cellSize` and `extent` parameters of the grid endpoint. */
export interface GridRequest {
  cellSize: CellSize;
  extent: Bbox;
}

/** What the map reports after the analyst pans or zooms. */
export interface MapViewport {
  view: MapView;
  grid: GridRequest;
  /** The visible area as a `bbox` filter, or null when the whole world is in view. */
  bbox: Bbox | null;
}

/**
 * Leaflet's view bounds: longitudes are *unwrapped* (a view across the antimeridian may run
 * from 170 to 190, or from -190 to -170), latitudes are within ±90.
 */
export interface LonLatBounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

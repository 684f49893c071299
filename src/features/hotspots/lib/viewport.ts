import { cellSizeForZoom } from './cell-size.ts';
import { viewBbox, viewExtent, wrapLon } from './geo-extent.ts';
import type { LonLatBounds, MapView, MapViewport } from './map-types.ts';

const round = (x: number, places: number) => Number(x.toFixed(places));

/**
 * Everything the page needs after a pan or zoom: the view for the URL (rounded, longitude
 * wrapped to [-180, 180) so the link stays short and a world away is the same link), the grid
 * request (resolution from the zoom, extent snapped outward) and the "filter to this view" box.
 */
export function viewportFor(
  center: { lat: number; lon: number },
  zoom: number,
  bounds: LonLatBounds,
  options: { minCellSize?: number } = {},
): MapViewport {
  const cellSize = cellSizeForZoom(zoom, options);
  return {
    view: { lat: round(center.lat, 4), lon: round(wrapLon(center.lon), 4), zoom: round(zoom, 2) },
    grid: { cellSize, extent: viewExtent(bounds, cellSize) },
    bbox: viewBbox(bounds),
  };
}

/** Same view, allowing for rounding and for being a whole world (360°) apart. */
export function sameView(a: MapView, b: MapView): boolean {
  const dLon = Math.abs(wrapLon(a.lon - b.lon));
  return Math.abs(a.lat - b.lat) < 1e-3 && dLon < 1e-3 && Math.abs(a.zoom - b.zoom) < 1e-2;
}

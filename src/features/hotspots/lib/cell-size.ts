import { cellSizes } from '../../../api/contract/aggregate-terms.ts';
import { SNAP_CELLS } from './geo-extent.ts';
import type { CellSize } from './map-types.ts';

/**
 * The grid resolution follows the zoom so a view holds a bounded number of cells (a bounded
 * answer and a bounded number of shapes to draw). It depends on the zoom alone, not on the
 * window, so a shared link asks for the same grid on every screen: the budget is checked
 * against a large desktop viewport, plus the outward snapping of the extent.
 */
export const MAX_CELLS_PER_VIEW = 2000;
export const REFERENCE_VIEWPORT = { width: 1920, height: 1080 } as const;

/** Partners never get cells finer than this: aggregates, never anything like exact points. */
export const PARTNER_MIN_CELL_SIZE: CellSize = 0.25;

/** Most cells a view of the reference viewport can need at this zoom and cell size. */
export function worstCaseCells(zoom: number, cellSize: number): number {
  // Degrees per pixel at the equator, where a pixel spans the most latitude.
  const degPerPx = 360 / (256 * 2 ** zoom);
  const margin = 2 * cellSize * SNAP_CELLS;
  const width = Math.min(360, REFERENCE_VIEWPORT.width * degPerPx + margin);
  const height = Math.min(180, REFERENCE_VIEWPORT.height * degPerPx + margin);
  return Math.ceil(width / cellSize) * Math.ceil(height / cellSize);
}

export function cellSizeForZoom(
  zoom: number,
  options: { minCellSize?: number; maxCells?: number } = {},
): CellSize {
  const { minCellSize = 0, maxCells = MAX_CELLS_PER_VIEW } = options;
  // Floor: a fractional zoom shows more than the whole zoom below it, never less.
  const z = Math.max(0, Math.floor(zoom));
  for (const size of cellSizes) {
    if (size >= minCellSize && worstCaseCells(z, size) <= maxCells) return size;
  }
  return cellSizes[cellSizes.length - 1]!;
}

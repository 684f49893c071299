import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellSizes } from '../../../src/api/contract/aggregate-terms.ts';
import {
  cellSizeForZoom,
  MAX_CELLS_PER_VIEW,
  PARTNER_MIN_CELL_SIZE,
  REFERENCE_VIEWPORT,
} from '../../../src/features/hotspots/lib/cell-size.ts';
import {
  cellsInExtent,
  mercatorViewBounds,
  viewExtent,
} from '../../../src/features/hotspots/lib/geo-extent.ts';

describe('cellSizeForZoom', () => {
  it('follows the zoom, one step per zoom level', () => {
    const table = Array.from({ length: 13 }, (_, z) => cellSizeForZoom(z));
    expect(table).toEqual([10, 10, 10, 10, 5, 2, 1, 0.5, 0.25, 0.25, 0.1, 0.1, 0.1]);
  });

  it('only picks sizes the API accepts, finer as the zoom rises', () => {
    let previous = Infinity;
    for (let z = 0; z <= 20; z += 0.5) {
      const size = cellSizeForZoom(z);
      expect(cellSizes).toContain(size);
      expect(size).toBeLessThanOrEqual(previous);
      previous = size;
    }
  });

  it('never goes finer than the partner minimum when asked', () => {
    for (let z = 0; z <= 20; z++) {
      expect(cellSizeForZoom(z, { minCellSize: PARTNER_MIN_CELL_SIZE })).toBeGreaterThanOrEqual(
        PARTNER_MIN_CELL_SIZE,
      );
    }
  });

  it('keeps every view of a large screen within the cell budget (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -85, max: 85, noNaN: true }),
        fc.double({ min: -540, max: 540, noNaN: true }),
        fc.double({ min: 0, max: 18, noNaN: true }),
        (lat, lon, zoom) => {
          const size = cellSizeForZoom(zoom);
          const b = mercatorViewBounds({ lat, lon, zoom }, REFERENCE_VIEWPORT);
          expect(cellsInExtent(viewExtent(b, size), size)).toBeLessThanOrEqual(MAX_CELLS_PER_VIEW);
        },
      ),
      { numRuns: 500 },
    );
  });
});

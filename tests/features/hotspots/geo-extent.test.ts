import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBbox } from '../../../src/api/contract/filter-params.ts';
import {
  bboxesIntersect,
  cellsInExtent,
  mercatorViewBounds,
  viewBbox,
  viewExtent,
  wrapLon,
} from '../../../src/features/hotspots/lib/geo-extent.ts';

const bounds = (west: number, south: number, east: number, north: number) => ({
  west,
  south,
  east,
  north,
});

/** Is the unwrapped longitude inside the API box (which may cross the antimeridian)? */
function boxHoldsLon(box: readonly number[], lon: number): boolean {
  const x = wrapLon(lon);
  const [w, , e] = box as [number, number, number, number];
  if (w === -180 && e === 180) return true;
  return w <= e ? x >= w - 1e-6 && x <= e + 1e-6 : x >= w - 1e-6 || x <= e + 1e-6;
}

describe('wrapLon', () => {
  it('maps any longitude into [-180, 180)', () => {
    expect(wrapLon(190)).toBe(-170);
    expect(wrapLon(-190)).toBe(170);
    expect(wrapLon(180)).toBe(-180);
    expect(wrapLon(540.5)).toBe(-179.5);
    expect(wrapLon(12.3)).toBe(12.3);
  });
});

describe('viewExtent (the extent sent to the grid endpoint)', () => {
  it('snaps outward to a grid of 3 cells', () => {
    expect(viewExtent(bounds(-3.2, 50.1, 1.9, 53.7), 0.5)).toEqual([-4.5, 49.5, 3, 54]);
    expect(viewExtent(bounds(-3.2, 50.1, 1.9, 53.7), 1)).toEqual([-6, 48, 3, 54]);
  });

  it('keeps the same extent for small pans (no refetch)', () => {
    const a = viewExtent(bounds(-3.2, 50.1, 1.9, 53.7), 0.5);
    const b = viewExtent(bounds(-3.1, 50.2, 2.0, 53.8), 0.5);
    expect(b).toEqual(a);
  });

  it('has no float noise in its edges', () => {
    const e = viewExtent(bounds(0.31, 0.31, 0.69, 0.69), 0.1);
    expect(e).toEqual([0.3, 0.3, 0.9, 0.9]);
  });

  it('crosses the antimeridian as minLon > maxLon, seen from either side', () => {
    const east = viewExtent(bounds(170.2, -20, 189.4, -10), 1);
    const west = viewExtent(bounds(-189.8, -20, -170.6, -10), 1);
    expect(east).toEqual([168, -21, -168, -9]);
    expect(west).toEqual(east);
    expect(east[0]).toBeGreaterThan(east[2]);
  });

  it('asks for the whole world when the view is wider than 360°', () => {
    expect(viewExtent(bounds(-400, -80, 300, 80), 10)).toEqual([-180, -90, 180, 90]);
    expect(viewExtent(bounds(-179.9, -10, 179.9, 10), 10)).toEqual([-180, -30, 180, 30]);
  });

  it('ends at 180 rather than wrapping an east edge of exactly 180 to -180', () => {
    expect(viewExtent(bounds(100, 0, 179, 10), 1)).toEqual([99, 0, 180, 12]);
  });

  it('clamps latitudes to ±90', () => {
    const e = viewExtent(bounds(0, -89.9, 10, 89.9), 10);
    expect(e[1]).toBe(-90);
    expect(e[3]).toBe(90);
  });

  it('is always a valid bbox for the API, and covers the view (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -85, max: 85, noNaN: true }),
        fc.double({ min: -720, max: 720, noNaN: true }),
        fc.integer({ min: 1, max: 14 }),
        fc.constantFrom(0.1, 0.25, 0.5, 1, 2, 5, 10),
        (lat, lon, zoom, cellSize) => {
          const b = mercatorViewBounds({ lat, lon, zoom }, { width: 1280, height: 800 });
          const e = viewExtent(b, cellSize);
          expect(parseBbox(e.join(','))).toEqual(e);
          // Edges within 1e-9 of a grid line count as on it (float noise), hence the tolerance.
          expect(e[1]).toBeLessThanOrEqual(Math.max(-90, b.south) + 1e-6);
          expect(e[3]).toBeGreaterThanOrEqual(Math.min(90, b.north) - 1e-6);
          for (const x of [b.west, (b.west + b.east) / 2, b.east])
            expect(boxHoldsLon(e, x)).toBe(true);
        },
      ),
    );
  });
});

describe('viewBbox ("filter to this view")', () => {
  it('is null when the whole world is in view', () => {
    expect(viewBbox(bounds(-300, -88, 300, 88))).toBeNull();
  });

  it('rounds outward to 0.01°', () => {
    expect(viewBbox(bounds(-0.123, 51.456, 0.789, 51.7))).toEqual([-0.13, 51.45, 0.79, 51.7]);
  });

  it('crosses the antimeridian like the API expects', () => {
    expect(viewBbox(bounds(175, -20, 185, -10))).toEqual([175, -20, -175, -10]);
  });
});

describe('bboxesIntersect', () => {
  it('handles boxes across the antimeridian', () => {
    expect(bboxesIntersect([170, -20, -170, -10], [-175, -15, -174, -14])).toBe(true);
    expect(bboxesIntersect([170, -20, -170, -10], [175, -15, 176, -14])).toBe(true);
    expect(bboxesIntersect([170, -20, -170, -10], [0, -15, 10, -14])).toBe(false);
    expect(bboxesIntersect([0, 0, 10, 10], [0, 20, 10, 30])).toBe(false);
  });
});

describe('cellsInExtent', () => {
  it('counts both sides of an extent across the antimeridian', () => {
    expect(cellsInExtent([170, 0, -170, 10], 1)).toBe(20 * 10);
    expect(cellsInExtent([-180, -90, 180, 90], 10)).toBe(36 * 18);
  });
});

describe('mercatorViewBounds', () => {
  it('matches Web Mercator at the equator and is symmetric', () => {
    const b = mercatorViewBounds({ lat: 0, lon: 0, zoom: 2 }, { width: 1024, height: 512 });
    expect(b.west).toBeCloseTo(-180);
    expect(b.east).toBeCloseTo(180);
    expect(b.north).toBeCloseTo(-b.south);
    expect(b.north).toBeCloseTo(66.51, 1);
  });
});

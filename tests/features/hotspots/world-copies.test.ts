import { describe, expect, it } from 'vitest';
import {
  cellLatLngBounds,
  continuousPolygons,
  copyOffsets,
  unwrapRing,
} from '../../../src/features/hotspots/lib/world-copies.ts';

describe('copyOffsets', () => {
  it('draws a shape once when the view is the central world', () => {
    expect(copyOffsets(-10, 40, -180, 180)).toEqual([0]);
  });

  it('shifts a shape west of the antimeridian to the east side when the view is there', () => {
    // Samoa (-172) seen from a view of 160..200
    expect(copyOffsets(-173, -171, 160, 200)).toEqual([360]);
    expect(copyOffsets(170, 175, -200, -160)).toEqual([-360]);
  });

  it('draws every copy a wide view needs, and none it does not', () => {
    expect(copyOffsets(0, 10, -540, 540)).toEqual([-360, 0, 360]);
    expect(copyOffsets(0, 10, 20, 30)).toEqual([]);
  });

  it('does not draw a second copy that only touches the view', () => {
    expect(copyOffsets(-180, 180, -180, 180)).toEqual([0]);
  });
});

describe('unwrapRing', () => {
  it('keeps a ring that jumps across ±180 on one side', () => {
    // As in world-atlas' Fiji: -179.9 → -180 → 179.4 → 178.7
    const ring = unwrapRing([
      [-179.9, -16.5],
      [-180, -16.6],
      [179.4, -16.8],
      [178.7, -17],
      [-179.9, -16.5],
    ]);
    expect(ring.map(([lon]) => lon)).toEqual([
      -179.9,
      -180,
      -180.6,
      expect.closeTo(-181.3),
      -179.9,
    ]);
    for (let i = 1; i < ring.length; i++) {
      expect(Math.abs(ring[i]![0] - ring[i - 1]![0])).toBeLessThan(180);
    }
  });

  it('leaves ordinary rings alone', () => {
    expect(
      unwrapRing([
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
  });
});

describe('continuousPolygons', () => {
  it('moves the far side of a country split at 180 next to its main part', () => {
    const siberia = [
      [
        [100, 60],
        [179.9, 60],
        [179.9, 70],
        [100, 70],
        [100, 60],
      ],
    ];
    const chukotka = [
      [
        [-180, 65],
        [-170, 65],
        [-170, 68],
        [-180, 68],
        [-180, 65],
      ],
    ];
    const [main, far] = continuousPolygons([siberia, chukotka]);
    expect(main![0]![0]).toEqual([100, 60]);
    expect(Math.min(...far![0]!.map(([lon]) => lon))).toBe(180);
    expect(Math.max(...far![0]!.map(([lon]) => lon))).toBe(190);
  });

  it('keeps the largest part within [-180, 180]', () => {
    const ring = [
      [
        [190, 0],
        [200, 0],
        [200, 10],
        [190, 0],
      ],
    ];
    const [p] = continuousPolygons([ring]);
    expect(p![0]![0]![0]).toBe(-170);
  });
});

describe('cellLatLngBounds', () => {
  it('gives Leaflet bounds of a cell, shifted to a world copy', () => {
    expect(cellLatLngBounds({ south: -17, west: -179 }, 1)).toEqual([
      [-17, -179],
      [-16, -178],
    ]);
    expect(cellLatLngBounds({ south: -17, west: -179 }, 1, 360)).toEqual([
      [-17, 181],
      [-16, 182],
    ]);
  });
});

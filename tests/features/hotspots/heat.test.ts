import { describe, expect, it } from 'vitest';
import {
  colourRamp,
  colouriseDensity,
  heatPoints,
  heatRadiusPx,
  parseColour,
} from '../../../src/features/hotspots/lib/heat.ts';
import { ANALYST, n, PARTNER, SUPPRESSED } from './fixtures.ts';

describe('heatPoints', () => {
  it('puts a spot at each cell centre, weighted 0..1 by log count, and drops empty cells', () => {
    const points = heatPoints(
      [
        { south: 51, west: -1, count: n(1000) },
        { south: 52, west: 0, count: n(10) },
        { south: 53, west: 1, count: n(0) },
      ],
      1,
      ANALYST,
    );
    expect(points).toHaveLength(2);
    expect(points[0]).toEqual({ lat: 51.5, lon: -0.5, weight: 1 });
    expect(points[1]!.weight).toBeCloseTo(Math.log1p(10) / Math.log1p(1000));
  });

  it('gives every suppressed cell the same weight, whatever the API might have sent', () => {
    const points = heatPoints(
      [
        { south: 0, west: 0, count: SUPPRESSED },
        { south: 1, west: 0, count: n(2) },
        { south: 2, west: 0, count: n(9) },
        { south: 3, west: 0, count: n(500) },
      ],
      1,
      PARTNER,
    );
    const [a, b, c] = points.map((p) => p.weight);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(points[3]!.weight);
  });
});

describe('heat drawing helpers', () => {
  it('sizes spots to about a cell, within limits', () => {
    expect(heatRadiusPx(1, 6)).toBeCloseTo(((256 * 64) / 360) * 0.9);
    expect(heatRadiusPx(0.1, 1)).toBe(8);
    expect(heatRadiusPx(10, 10)).toBe(48);
  });

  it('reads hex and computed rgb colours', () => {
    expect(parseColour('#21918c')).toEqual([33, 145, 140]);
    expect(parseColour('rgb(33, 145, 140)')).toEqual([33, 145, 140]);
    expect(parseColour('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3]);
    expect(parseColour('light-dark(#fff, #000)')).toBeNull();
  });

  it('ramps from the first stop to the last', () => {
    const ramp = colourRamp(['#000000', '#ff0000']);
    expect([...ramp.slice(0, 3)]).toEqual([0, 0, 0]);
    expect([...ramp.slice(255 * 3)]).toEqual([255, 0, 0]);
  });

  it('colours density by alpha and leaves empty pixels clear', () => {
    const pixels = new Uint8ClampedArray([0, 0, 0, 0, 0, 0, 0, 255]);
    colouriseDensity(pixels, colourRamp(['#000000', '#ff0000']));
    expect([...pixels.slice(0, 4)]).toEqual([0, 0, 0, 0]);
    expect([...pixels.slice(4)]).toEqual([255, 0, 0, 210]);
  });
});

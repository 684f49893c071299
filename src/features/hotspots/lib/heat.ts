import { disclosed } from './disclosure.ts';
import type { Disclosure, GridCell } from './map-types.ts';

/**
 * A heat layer drawn from the grid aggregate (never from points): each cell is a blurred spot
 * at its centre, weighted by log(1 + count) so one big city does not wash out the rest. A
 * suppressed cell gets one fixed weight (that of k/2 reports) whatever it holds, so the heat
 * says "a few" and never how few.
 */
export interface HeatPoint {
  lat: number;
  lon: number;
  /** 0..1 */
  weight: number;
}

export function heatPoints(
  cells: readonly GridCell[],
  cellSize: number,
  disclosure: Disclosure,
): HeatPoint[] {
  const shown = cells.map((cell) => ({ cell, count: disclosed(cell.count, disclosure) }));
  let max = disclosure.k;
  for (const { count } of shown) if (count.count !== null && count.count > max) max = count.count;
  const scale = Math.log1p(max);
  const suppressedWeight = Math.log1p(disclosure.k / 2) / scale;
  return shown.flatMap(({ cell, count }) => {
    if (count.count === 0) return [];
    const weight = count.count === null ? suppressedWeight : Math.log1p(count.count) / scale;
    return [{ lat: cell.south + cellSize / 2, lon: cell.west + cellSize / 2, weight }];
  });
}

/** Spot radius in pixels: about a cell across at this zoom, within readable limits. */
export function heatRadiusPx(cellSize: number, zoom: number): number {
  const cellPx = (cellSize * 256 * 2 ** zoom) / 360;
  return Math.max(8, Math.min(48, cellPx * 0.9));
}

/** "#21918c" or "rgb(33, 145, 140)" (what getComputedStyle gives) → [r, g, b]. */
export function parseColour(css: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim());
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(css.trim());
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

/** 256 RGB entries interpolated through the colour stops (low → high). */
export function colourRamp(stops: readonly string[]): Uint8ClampedArray {
  const rgb = stops.map(parseColour).filter((c): c is [number, number, number] => c !== null);
  const ramp = new Uint8ClampedArray(256 * 3);
  if (rgb.length === 0) return ramp;
  for (let i = 0; i < 256; i++) {
    const t = (i / 255) * (rgb.length - 1);
    const lo = rgb[Math.floor(t)]!;
    const hi = rgb[Math.min(rgb.length - 1, Math.floor(t) + 1)]!;
    const f = t - Math.floor(t);
    for (let ch = 0; ch < 3; ch++) ramp[i * 3 + ch] = lo[ch]! + (hi[ch]! - lo[ch]!) * f;
  }
  return ramp;
}

/**
 * Turns the accumulated grey-scale density (alpha channel) into colours from the ramp, in
 * place; alpha is kept but capped so the basemap shows through the hottest spots.
 */
export function colouriseDensity(
  pixels: Uint8ClampedArray,
  ramp: Uint8ClampedArray,
  maxAlpha = 210,
): void {
  for (let i = 0; i < pixels.length; i += 4) {
    const a = pixels[i + 3]!;
    if (a === 0) continue;
    pixels[i] = ramp[a * 3]!;
    pixels[i + 1] = ramp[a * 3 + 1]!;
    pixels[i + 2] = ramp[a * 3 + 2]!;
    pixels[i + 3] = Math.min(maxAlpha, a + 40);
  }
}

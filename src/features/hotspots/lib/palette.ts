/**
 * A colour-blind-safe sequential palette (viridis), seven steps from low to high. The map and
 * the legend take colours from CSS variables (`--hs-step-0` … `--hs-step-6`, set per theme in
 * hotspots.css) through class names, so a theme switch recolours everything without a render.
 * The hex values here are the same steps, for canvas drawing (heat layer, exported image)
 * when a variable cannot be read.
 *
 * Light theme runs light (low) to dark (high), dark theme dark-blue to bright yellow, so "more"
 * always reads as "stronger" against the land colour of that theme.
 */
export const PALETTE_STEPS = 7;

export const LIGHT_STEPS = [
  '#fde725',
  '#90d743',
  '#35b779',
  '#21918c',
  '#31688e',
  '#443983',
  '#440154',
] as const;

export const DARK_STEPS = [
  '#3b528b',
  '#2c728e',
  '#21918c',
  '#28ae80',
  '#5ec962',
  '#addc30',
  '#fde725',
] as const;

/**
 * Palette steps for `n` classes, spread as far apart as the palette allows so neighbouring
 * classes stay distinguishable; one class takes an upper-middle step that contrasts with land.
 */
export function paletteSteps(n: number): number[] {
  if (n <= 0) return [];
  if (n === 1) return [4];
  const last = PALETTE_STEPS - 1;
  return Array.from({ length: n }, (_, i) => Math.round((i * last) / (n - 1)));
}

/** The CSS class that colours a shape of a numeric class (see hotspots.css). */
export function stepClassName(step: number): string {
  return `hs-step-${step}`;
}

export const ZERO_CLASS_NAME = 'hs-zero';
export const SUPPRESSED_CLASS_NAME = 'hs-suppressed';
export const OUTSIDE_CLASS_NAME = 'hs-outside';

import { describe, expect, it } from 'vitest';
import {
  DARK_STEPS,
  LIGHT_STEPS,
  PALETTE_STEPS,
  paletteSteps,
} from '../../../src/features/hotspots/lib/palette.ts';

describe('palette', () => {
  it('has seven steps in each theme', () => {
    expect(LIGHT_STEPS).toHaveLength(PALETTE_STEPS);
    expect(DARK_STEPS).toHaveLength(PALETTE_STEPS);
  });

  it('spreads n classes over distinct, rising steps', () => {
    for (let k = 1; k <= PALETTE_STEPS; k++) {
      const steps = paletteSteps(k);
      expect(steps).toHaveLength(k);
      expect(new Set(steps).size).toBe(k);
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
      expect(steps.every((s) => s >= 0 && s < PALETTE_STEPS)).toBe(true);
    }
    expect(paletteSteps(5)).toEqual([0, 2, 3, 5, 6]);
    expect(paletteSteps(0)).toEqual([]);
  });

  it('matches the CSS variables in hotspots.css', async () => {
    const { readFile } = await import('node:fs/promises');
    const css = await readFile(
      new URL('../../../src/features/hotspots/components/hotspots.css', import.meta.url),
      'utf8',
    );
    LIGHT_STEPS.forEach((light, i) => {
      expect(css).toContain(`--hs-step-${i}: light-dark(${light}, ${DARK_STEPS[i]})`);
    });
  });
});

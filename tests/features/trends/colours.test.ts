import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dimensions, OTHER_KEY } from '../../../src/api/contract/aggregate-terms.ts';
import { filterEnums } from '../../../src/api/contract/enums.ts';
import {
  CATEGORY_PALETTE,
  colourFor,
  OTHER_COLOUR,
} from '../../../src/features/trends/lib/colours.ts';

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

describe('colourFor', () => {
  it('gives a value the same colour every time, in every view', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...dimensions),
        fc.string(),
        (dimension, key) => colourFor(dimension, key) === colourFor(dimension, key),
      ),
    );
    expect(colourFor('country', 'FR')).toBe(colourFor('country', 'FR'));
  });

  it('keeps "other" grey and out of the category palette', () => {
    expect(colourFor('platform', OTHER_KEY)).toBe(OTHER_COLOUR);
    expect(CATEGORY_PALETTE).not.toContain(OTHER_COLOUR);
  });

  it('gives the values of small enumerations distinct colours', () => {
    for (const [name, e] of Object.entries(filterEnums)) {
      if (e.values.length > CATEGORY_PALETTE.length) continue;
      const colours = e.values.map((v) => colourFor(name as keyof typeof filterEnums, v));
      expect(new Set(colours).size, name).toBe(colours.length);
    }
  });

  it('draws every colour from the palette', () => {
    fc.assert(
      fc.property(fc.string(), (key) =>
        (CATEGORY_PALETTE as readonly string[]).includes(colourFor('country', key)),
      ),
    );
  });

  it('reads against a light and a dark background (3:1 for graphics)', () => {
    const used = new Set([
      ...CATEGORY_PALETTE,
      OTHER_COLOUR,
      colourFor('urgency', 'high'),
      colourFor('setting', 'both'),
    ]);
    for (const colour of used) {
      expect(contrast(colour, '#ffffff'), `${colour} on white`).toBeGreaterThanOrEqual(3);
      expect(contrast(colour, '#121212'), `${colour} on dark`).toBeGreaterThanOrEqual(3);
    }
  });
});

import { OTHER_KEY, type Dimension } from '../../../api/contract/aggregate-terms.ts';
import { filterEnums, type FilterEnumName } from '../../../api/contract/enums.ts';

/**
 * Category colours: the same value has the same colour on every chart and view, whatever
 * else is shown beside it, so an analyst can follow "Dating app" from the trend to the
 * breakdown without reading the legend twice.
 *
 * The palette is the colour-blind-safe Okabe–Ito set with Paul Tol's "bright" and
 * "muted" colours after it, keeping only colours with at least 3:1 contrast against both a
 * white and a near-black (#121212) background (WCAG 1.4.11 for graphics), so one palette
 * reads in the light and the dark theme. That drops Okabe–Ito's orange, sky blue, yellow
 * and black, which fail on one side or the other; Tol's medium-contrast ochre stands in.
 * Past six or seven categories no palette stays distinguishable for every reader: the
 * legend, tooltip and table carry the names.
 */
export const CATEGORY_PALETTE = [
  '#0072B2', // Okabe–Ito blue
  '#D55E00', // Okabe–Ito vermillion
  '#009E73', // Okabe–Ito bluish green
  '#CC79A7', // Okabe–Ito reddish purple
  '#997700', // Tol medium-contrast ochre
  '#AA3377', // Tol bright purple
  '#4477AA', // Tol bright blue
  '#228833', // Tol bright green
  '#EE6677', // Tol bright red
  '#999933', // Tol muted olive
] as const;

/** "Everything else": a neutral grey, never a category colour. */
export const OTHER_COLOUR = '#808080';

/** Where order carries meaning, colour follows it: warm for danger, cool for calm. */
const fixed: Partial<Record<FilterEnumName, Record<string, string>>> = {
  urgency: { immediate_danger: '#D55E00', high: '#997700', medium: '#4477AA', low: '#009E73' },
  setting: { online: '#0072B2', physical: '#D55E00', both: '#CC79A7' },
};

function isEnumDimension(d: Dimension): d is FilterEnumName {
  return Object.hasOwn(filterEnums, d);
}

/** FNV-1a: tiny, deterministic, and spreads two-letter codes well enough over ten slots. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The colour of one value of one dimension. Enum values take the palette in the contract's
 * order, so adding a value at the end never recolours the others; countries, regions and
 * anything unknown are hashed into the palette, so "FR" is the same colour in every view
 * (two of a top ten may share a colour; the names tell them apart).
 */
export function colourFor(dimension: Dimension | null, key: string): string {
  if (key === OTHER_KEY) return OTHER_COLOUR;
  if (dimension === null) return CATEGORY_PALETTE[0];
  if (isEnumDimension(dimension)) {
    const pinned = fixed[dimension]?.[key];
    if (pinned) return pinned;
    const index = (filterEnums[dimension].values as readonly string[]).indexOf(key);
    if (index >= 0) return CATEGORY_PALETTE[index % CATEGORY_PALETTE.length] ?? OTHER_COLOUR;
  }
  return CATEGORY_PALETTE[hashKey(key) % CATEGORY_PALETTE.length] ?? OTHER_COLOUR;
}

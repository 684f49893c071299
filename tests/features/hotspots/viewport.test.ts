import { describe, expect, it } from 'vitest';
import { parseBbox } from '../../../src/api/contract/filter-params.ts';
import {
  countLabel,
  countPhrase,
  disclosed,
} from '../../../src/features/hotspots/lib/disclosure.ts';
import { mapImageFileName } from '../../../src/features/hotspots/lib/map-image.ts';
import { unlocatedText } from '../../../src/features/hotspots/lib/unlocated-text.ts';
import { sameView, viewportFor } from '../../../src/features/hotspots/lib/viewport.ts';
import { ANALYST, n, PARTNER, smallNumbersIn, SUPPRESSED } from './fixtures.ts';

describe('viewportFor', () => {
  it('rounds the view for the URL and wraps its longitude', () => {
    const v = viewportFor({ lat: 51.512345678, lon: 359.87654321 }, 6, {
      west: 340,
      south: 45,
      east: 379,
      north: 58,
    });
    expect(v.view).toEqual({ lat: 51.5123, lon: -0.1235, zoom: 6 });
    expect(v.grid.cellSize).toBe(1);
    expect(parseBbox(v.grid.extent.join(','))).toEqual(v.grid.extent);
    expect(v.bbox).toEqual([-20, 45, 19, 58]);
  });

  it('respects a partner’s minimum cell size', () => {
    const v = viewportFor(
      { lat: 0, lon: 0 },
      14,
      { west: -0.01, south: -0.01, east: 0.01, north: 0.01 },
      { minCellSize: 0.25 },
    );
    expect(v.grid.cellSize).toBe(0.25);
  });
});

describe('sameView', () => {
  it('ignores rounding and whole turns of the world', () => {
    expect(sameView({ lat: 10, lon: 170, zoom: 4 }, { lat: 10.00001, lon: -190, zoom: 4 })).toBe(
      true,
    );
    expect(sameView({ lat: 10, lon: 179.99999, zoom: 4 }, { lat: 10, lon: -180, zoom: 4 })).toBe(
      true,
    );
    expect(sameView({ lat: 10, lon: 170, zoom: 4 }, { lat: 10, lon: 170, zoom: 5 })).toBe(false);
  });
});

describe('disclosure', () => {
  it('shows a suppressed count as <k, never as 0 or a number', () => {
    expect(countLabel(SUPPRESSED, PARTNER)).toBe('<11');
    expect(countLabel(n(0), PARTNER)).toBe('0');
    expect(countLabel(n(7), PARTNER)).toBe('<11');
    expect(countLabel(n(7), ANALYST)).toBe('7');
    expect(countLabel(n(12345), PARTNER)).toBe('12,345');
    expect(disclosed(n(11), PARTNER)).toEqual(n(11));
  });

  it('phrases counts for tooltips', () => {
    expect(countPhrase(n(1), ANALYST)).toBe('1 report');
    expect(countPhrase(n(2500), ANALYST)).toBe('2,500 reports');
    expect(countPhrase(n(3), PARTNER)).toBe('<11 reports (suppressed)');
  });
});

describe('unlocatedText', () => {
  it('says how many reports are not on the grid, and how many are outside the view', () => {
    expect(unlocatedText(n(1234), ANALYST, 'bins', n(56))).toBe(
      '1,234 matching reports have no coordinates and are not on the map. 56 located reports are outside this view.',
    );
    expect(unlocatedText(n(1), ANALYST, 'heat')).toBe(
      '1 matching report has no coordinates and is not on the map.',
    );
    expect(unlocatedText(n(40), ANALYST, 'choropleth')).toMatch(
      /^40 matching reports have no coordinates: they are counted in their country/,
    );
  });

  it('never gives a partner a number from 1 to k−1', () => {
    const text = unlocatedText(n(4), PARTNER, 'bins', n(1));
    expect(text).toContain('<11 matching reports');
    expect(smallNumbersIn(text)).toEqual([]);
  });
});

describe('mapImageFileName', () => {
  it('is a plain slug with the date', () => {
    expect(
      mapImageFileName('Report hotspots — Northern Europe', new Date('2026-03-01T10:00:00Z')),
    ).toBe('report-hotspots-northern-europe-2026-03-01.png');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyst, referenceMatch, smallWorld } from './support/small-db.ts';
import { filtersArbitrary } from './support/filter-arbitrary.ts';
import { dimensions, OTHER_KEY, type Dimension } from '../../src/api/contract/aggregate-terms.ts';
import type { Filters } from '../../src/api/contract/filter-params.ts';
import type { Report } from '../../src/api/contract/report-schemas.ts';
import { filterEnums } from '../../src/api/contract/enums.ts';
import { BadQueryError } from '../../mocks/db/intake-db.ts';
import { cellIndex } from '../../mocks/db/aggregate-grid.ts';

const w = smallWorld();
const countries = [...new Set(w.reports.map((r) => r.location.country))].sort();
const regions = [...new Set(w.reports.map((r) => w.regionOf.get(r.location.country) ?? ''))].sort();
const matching = (f: Filters) => w.reports.filter((r) => referenceMatch(w, r, f));
const exact = (c: { count: number | null }) => {
  if (c.count === null) throw new Error('analyst counts are never suppressed');
  return c.count;
};

/** The values a report has in a dimension (several for multi-valued ones). */
function valuesOf(r: Report, d: Dimension): string[] {
  switch (d) {
    case 'platform':
      return r.platforms;
    case 'indicator':
      return r.indicators;
    case 'exploitationType':
      return r.exploitationTypes;
    case 'ageBand':
      return [...new Set(r.subjects.map((s) => s.ageBand))];
    case 'gender':
      return [...new Set(r.subjects.map((s) => s.gender))];
    case 'country':
      return [r.location.country];
    case 'region':
      return [w.regionOf.get(r.location.country) ?? ''];
    default:
      return [r[d]];
  }
}

describe('aggregates agree with the reports', () => {
  it('time series bucket sum = breakdown total = list total, for every interval', () => {
    fc.assert(
      fc.property(
        filtersArbitrary(countries, regions),
        fc.constantFrom('day', 'week', 'month' as const),
        (filters, interval) => {
          const n = matching(filters).length;
          const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 864e5 + 1;
          if (
            interval === 'day' &&
            filters.from &&
            days(filters.from, filters.to ?? '2026-01-31') > 1500
          ) {
            expect(() => w.db.timeSeries(analyst, filters, interval, null, null)).toThrow(
              BadQueryError,
            );
            return;
          }
          const ts = w.db.timeSeries(analyst, filters, interval, null, null);
          expect(ts.buckets.reduce((s, b) => s + exact(b.total), 0)).toBe(n);
          expect(exact(ts.total)).toBe(n);
          expect(exact(w.db.breakdown(analyst, filters, 'urgency', null).total)).toBe(n);
          expect(
            w.db.listReports(analyst, filters, { field: 'receivedAt', direction: 'desc' }, 1, null)
              .total,
          ).toBe(n);
          const without = matching(filters).filter((r) => r.location.lat === undefined).length;
          expect(exact(ts.withoutCoordinates)).toBe(without);
        },
      ),
      { numRuns: 40 },
    );
  }, 20_000);

  it('breakdowns count each value (multi-valued: once per value), zeros listed for enums', () => {
    const filters: Filters = { from: '2024-01-01', setting: ['online', 'both'] };
    const rows = matching(filters);
    for (const d of dimensions) {
      const b = w.db.breakdown(analyst, filters, d, null);
      const expected = new Map<string, number>();
      for (const r of rows)
        for (const v of valuesOf(r, d)) expected.set(v, (expected.get(v) ?? 0) + 1);
      const got = new Map(b.items.map((i) => [i.key, exact(i.count)]));
      for (const [k, v] of expected) expect(got.get(k), `${d} ${k}`).toBe(v);
      if (d !== 'country' && d !== 'region') {
        expect(b.items.map((i) => i.key).sort()).toEqual([...filterEnums[d].values].sort());
        const labels = filterEnums[d].labels as Record<string, string>;
        for (const i of b.items) expect(i.label).toBe(labels[i.key]);
      } else {
        for (const i of b.items) expect(exact(i.count)).toBeGreaterThan(0);
      }
      const counts = b.items.map((i) => exact(i.count));
      expect(counts).toEqual([...counts].sort((a, c) => c - a));
      expect(exact(b.total)).toBe(rows.length);
    }
  });

  it('limit gathers the rest under "__other__" and keeps the sum', () => {
    const b = w.db.breakdown(analyst, {}, 'country', 5);
    expect(b.items).toHaveLength(6);
    expect(b.items[5]?.key).toBe(OTHER_KEY);
    expect(b.items[5]?.label).toBe('Other');
    expect(b.items.reduce((s, i) => s + exact(i.count), 0)).toBe(exact(b.total));
  });

  it('grouped time series: groups sum to the bucket (single-valued), ordered by total, other last', () => {
    const ts = w.db.timeSeries(analyst, { from: '2025-01-01' }, 'month', 'country', 4);
    expect(ts.groups.map((g) => g.key)).toHaveLength(5);
    expect(ts.groups[4]?.key).toBe(OTHER_KEY);
    const totals = ts.groups.map((g) =>
      ts.buckets.reduce((s, b) => s + exact(b.groups[g.key] ?? { count: 0 }), 0),
    );
    expect(totals.slice(0, 4)).toEqual([...totals.slice(0, 4)].sort((a, c) => c - a));
    for (const b of ts.buckets) {
      expect(Object.keys(b.groups).sort()).toEqual(ts.groups.map((g) => g.key).sort());
      expect(Object.values(b.groups).reduce((s, c) => s + exact(c), 0)).toBe(exact(b.total));
    }
    const platforms = w.db.timeSeries(analyst, {}, 'week', 'platform', null);
    const rows = matching({});
    const gaming = rows.filter((r) => r.platforms.includes('online_gaming')).length;
    expect(
      platforms.buckets.reduce((s, b) => s + exact(b.groups.online_gaming ?? { count: 0 }), 0),
    ).toBe(gaming);
    expect(platforms.groups.map((g) => g.label)).toContain('Online gaming');
  });

  it('buckets are dense and aligned: days, ISO weeks from Monday, months from the 1st', () => {
    const filters: Filters = {
      from: '2025-02-05',
      to: '2025-04-10',
      urgency: ['immediate_danger'],
    };
    const day = w.db.timeSeries(analyst, filters, 'day', null, null);
    expect(day.from).toBe('2025-02-05');
    expect(day.to).toBe('2025-04-10');
    expect(day.buckets).toHaveLength(65);
    expect(day.buckets.some((b) => b.total.count === 0)).toBe(true);
    const week = w.db.timeSeries(analyst, filters, 'week', null, null);
    expect(week.buckets[0]?.start).toBe('2025-02-03');
    expect(week.buckets.at(-1)?.start).toBe('2025-04-07');
    for (const b of week.buckets) expect(new Date(`${b.start}T00:00:00Z`).getUTCDay()).toBe(1);
    const month = w.db.timeSeries(analyst, filters, 'month', null, null);
    expect(month.buckets.map((b) => b.start)).toEqual(['2025-02-01', '2025-03-01', '2025-04-01']);
    const rows = matching(filters);
    const march = rows.filter((r) => r.receivedAt.startsWith('2025-03')).length;
    expect(month.buckets[1]?.total.count).toBe(march);
  });

  it('without from/to the series runs from the first day of data to the end date', () => {
    const ts = w.db.timeSeries(analyst, {}, 'month', null, null);
    const meta = w.db.metadata(analyst);
    expect(ts.from).toBe(meta.dataRange.from);
    expect(ts.to).toBe('2026-01-31');
    expect(meta.dataRange.to).toBe('2026-01-31');
  });

  it('more than 1,500 buckets is a bad query on `interval`', () => {
    expect(() => w.db.timeSeries(analyst, { from: '2020-01-01' }, 'day', null, null)).toThrow(
      BadQueryError,
    );
    try {
      w.db.timeSeries(analyst, { from: '2020-01-01' }, 'day', null, null);
    } catch (e) {
      expect((e as BadQueryError).param).toBe('interval');
    }
    expect(
      w.db.timeSeries(analyst, { from: '2020-01-01' }, 'week', null, null).buckets.length,
    ).toBeLessThan(1500);
  });

  it('country bins count every report, located or not', () => {
    const filters: Filters = { hasCoordinates: false };
    const bins = w.db.countryBins(analyst, filters);
    const rows = matching(filters);
    expect(bins.items.reduce((s, i) => s + exact(i.count), 0)).toBe(rows.length);
    expect(exact(bins.withoutCoordinates)).toBe(rows.length);
    const gb = rows.filter((r) => r.location.country === 'GB').length;
    expect(bins.items.find((i) => i.country === 'GB')?.count.count).toBe(gb);
  });

  it('grid cells + outsideExtent + withoutCoordinates = total, cells match the points', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(0.1, 0.25, 0.5, 1, 2, 5, 10),
        fc.constantFrom(
          [-180, -90, 180, 90] as const,
          [-11, 35, 30, 60] as const,
          [170, -50, -170, -10] as const,
          [100, -20, -100, 60] as const,
          [0.05, 51.2, 0.35, 51.7] as const,
        ),
        (cellSize, extent) => {
          const g = w.db.gridBins(analyst, {}, cellSize, extent);
          const sum = g.cells.reduce((s, c) => s + exact(c.count), 0);
          expect(sum + exact(g.outsideExtent) + exact(g.withoutCoordinates)).toBe(exact(g.total));
          // Brute force: bin the located reports the same way.
          const expected = new Map<string, number>();
          for (const r of w.reports) {
            const { lat, lon } = r.location;
            if (lat === undefined || lon === undefined) continue;
            const key = `${cellIndex(lat, cellSize)},${cellIndex(lon, cellSize)}`;
            expected.set(key, (expected.get(key) ?? 0) + 1);
          }
          for (const c of g.cells) {
            const key = `${Math.round(c.south / cellSize)},${Math.round(c.west / cellSize)}`;
            expect(exact(c.count), key).toBe(expected.get(key));
            // The cell lies within the extent's rows and (wrapped) columns.
            expect(c.south + cellSize).toBeGreaterThan(extent[1]);
            expect(c.south).toBeLessThanOrEqual(extent[3]);
            const [minLon, , maxLon] = extent;
            const overlaps = (west: number) =>
              minLon <= maxLon
                ? west + cellSize > minLon && west <= maxLon
                : west + cellSize > minLon || west <= maxLon;
            expect(overlaps(c.west), `${c.west}`).toBe(true);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a grid extent across the antimeridian has cells on both sides', () => {
    const g = w.db.gridBins(analyst, {}, 1, [170, -50, -170, -10]);
    expect(g.cells.some((c) => c.west >= 170)).toBe(true);
    expect(g.cells.some((c) => c.west < -170 + 1e-9)).toBe(true);
    expect(g.cells.every((c) => c.west >= 170 || c.west < -170)).toBe(true);
    const inBox = w.reports.filter((r) => {
      const { lat, lon } = r.location;
      return (
        lat !== undefined &&
        lon !== undefined &&
        lat >= -50 &&
        lat < -10 &&
        (lon >= 170 || lon < -170)
      );
    }).length;
    expect(g.cells.reduce((s, c) => s + exact(c.count), 0)).toBe(inBox);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyst, partner, smallWorld } from './support/small-db.ts';
import { filtersArbitrary } from './support/filter-arbitrary.ts';
import { dimensions } from '../../src/api/contract/aggregate-terms.ts';
import type { Count } from '../../src/api/contract/common-schemas.ts';
import type { Caller } from '../../mocks/db/intake-db.ts';

const w = smallWorld();
const countries = [...new Set(w.reports.map((r) => r.location.country))].sort();
const regionList = w.db.regions();
const regionCodes = regionList.map((r) => r.code);

/** A relation as the response shows it: a total and its parts. */
interface Shown {
  total: Count;
  parts: Count[];
}

/** No count in 1..k−1 shown, and no relation with exactly one hidden cell derivable. */
function expectSafe(k: number, counts: Count[], relations: Shown[]): void {
  for (const c of counts) {
    expect(c.suppressed).toBe(c.count === null);
    if (c.count !== null) expect(c.count === 0 || c.count >= k, `count ${c.count}`).toBe(true);
  }
  for (const r of relations) {
    const hiddenParts = r.parts.filter((p) => p.suppressed).length;
    if (!r.total.suppressed)
      expect(hiddenParts, 'a lone hidden part next to a shown total').not.toBe(1);
    else if (r.parts.some((p) => (p.count ?? 0) > 0))
      expect(hiddenParts, 'a hidden total with every part shown').toBeGreaterThan(0);
  }
}

/** The same counts as an analyst limited to the partner's scope sees them. */
function sameScopeAnalyst(p: Caller): Caller {
  return { ...analyst, scopeCountries: p.scopeCountries };
}

const partnerArb = fc
  .tuple(fc.constantFrom(...regionCodes), fc.integer({ min: 2, max: 15 }))
  .map(([code, k]) => partner(regionList.find((r) => r.code === code)?.countries ?? [], k));

describe('partner responses never disclose a small count', () => {
  it('breakdowns, country bins, grids and time series are safe, and shown counts are exact', () => {
    fc.assert(
      fc.property(
        partnerArb,
        filtersArbitrary(countries, regionCodes),
        fc.constantFrom(...dimensions),
        fc.constantFrom(null, 3),
        (p, filters, dimension, limit) => {
          const exact = sameScopeAnalyst(p);
          const b = w.db.breakdown(p, filters, dimension, limit);
          const truth = w.db.breakdown(exact, filters, dimension, limit);
          expectSafe(
            p.k,
            [b.total, b.withoutCoordinates, ...b.items.map((i) => i.count)],
            [{ total: b.total, parts: b.items.map((i) => i.count) }],
          );
          b.items.forEach((item, i) => {
            if (!item.count.suppressed) expect(item.count.count).toBe(truth.items[i]?.count.count);
          });

          const bins = w.db.countryBins(p, filters);
          expectSafe(
            p.k,
            [bins.total, bins.withoutCoordinates, ...bins.items.map((i) => i.count)],
            [{ total: bins.total, parts: bins.items.map((i) => i.count) }],
          );
          for (const item of bins.items) expect(p.scopeCountries?.has(item.country)).toBe(true);

          const g = w.db.gridBins(p, filters, 5, [-180, -60, 180, 75]);
          expectSafe(
            p.k,
            [g.total, g.withoutCoordinates, g.outsideExtent, ...g.cells.map((c) => c.count)],
            [
              {
                total: g.total,
                parts: [...g.cells.map((c) => c.count), g.outsideExtent, g.withoutCoordinates],
              },
            ],
          );

          const ts = w.db.timeSeries(
            p,
            { ...filters, from: filters.from ?? '2024-06-01' },
            'month',
            dimension,
            limit,
          );
          const bucketGroups = ts.buckets.map((bk) => ({
            total: bk.total,
            parts: Object.values(bk.groups),
          }));
          expectSafe(
            p.k,
            [
              ts.total,
              ts.withoutCoordinates,
              ...ts.buckets.flatMap((bk) => [bk.total, ...Object.values(bk.groups)]),
            ],
            [{ total: ts.total, parts: ts.buckets.map((bk) => bk.total) }, ...bucketGroups],
          );
        },
      ),
      { numRuns: 40 },
    );
  }, 30_000);

  it('suppressed counts read "suppressed", zeros stay zeros, and analysts get exact counts', () => {
    const p = partner(regionList.find((r) => r.code === '154')?.countries ?? [], 11);
    const b = w.db.breakdown(p, {}, 'reporterRelation', null);
    const a = w.db.breakdown(sameScopeAnalyst(p), {}, 'reporterRelation', null);
    expect(a.items.every((i) => i.count.suppressed === false && i.count.count !== null)).toBe(true);
    const small = a.items.filter((i) => (i.count.count ?? 0) > 0 && (i.count.count ?? 0) < 11);
    for (const s of small)
      expect(b.items.find((i) => i.key === s.key)?.count).toEqual({
        count: null,
        suppressed: true,
      });
    const zero = a.items.filter((i) => i.count.count === 0);
    for (const z of zero)
      expect(b.items.find((i) => i.key === z.key)?.count).toEqual({ count: 0, suppressed: false });
    // A partner-sized region has small cells at this size, so the test is not vacuous.
    const ts = w.db.timeSeries(p, {}, 'month', 'country', null);
    expect(ts.buckets.some((bk) => Object.values(bk.groups).some((c) => c.suppressed))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyst, listAllIds, partner, referenceMatch, smallWorld } from './support/small-db.ts';
import { filtersArbitrary } from './support/filter-arbitrary.ts';
import type { Filters } from '../../src/api/contract/filter-params.ts';

const w = smallWorld();
const countries = [...new Set(w.reports.map((r) => r.location.country))].sort();
const regions = [...new Set(w.reports.map((r) => w.regionOf.get(r.location.country) ?? ''))].sort();

function expectedIds(filters: Filters, caller = analyst): string[] {
  return w.reports.filter((r) => referenceMatch(w, r, filters, caller)).map((r) => r.id);
}

describe('store filters agree with a brute-force filter over every report', () => {
  it('random filter combinations select exactly the same reports, in receivedAt order', () => {
    fc.assert(
      fc.property(filtersArbitrary(countries, regions), (filters) => {
        expect(listAllIds(w.db, analyst, filters)).toEqual(expectedIds(filters));
      }),
      { numRuns: 80 },
    );
  }, 30_000);

  it('aggregate totals agree with the brute-force count', () => {
    fc.assert(
      fc.property(filtersArbitrary(countries, regions), (filters) => {
        const n = expectedIds(filters).length;
        expect(w.db.breakdown(analyst, filters, 'status', null).total.count).toBe(n);
        expect(w.db.countryBins(analyst, filters).total.count).toBe(n);
      }),
      { numRuns: 60 },
    );
  }, 20_000);

  it('each filter narrows on its own, and matches something', () => {
    const samples: Filters[] = [
      { source: ['hotline'] },
      { status: ['new', 'triaged'] },
      { urgency: ['immediate_danger'] },
      { setting: ['physical'] },
      { platform: ['dating_app'] },
      { groomingStage: ['exploitation'] },
      { indicator: ['image_blackmail', 'debt_bondage'] },
      { exploitationType: ['labour'] },
      { ageBand: ['0-8'] },
      { gender: ['non_conforming'] },
      { reporterRelation: ['professional'] },
      { country: ['GB', 'KE'] },
      { region: ['154'] },
      { tag: ['sextortion'] },
      { q: 'hotel' },
      { q: 'script alert(1)' },
      { bbox: [-11, 49, 2, 61] },
      { hasCoordinates: false },
      { from: '2025-01-01', to: '2025-03-31' },
    ];
    for (const filters of samples) {
      const expected = expectedIds(filters);
      expect(expected.length, JSON.stringify(filters)).toBeGreaterThan(0);
      expect(expected.length, JSON.stringify(filters)).toBeLessThan(w.reports.length);
      expect(listAllIds(w.db, analyst, filters), JSON.stringify(filters)).toEqual(expected);
    }
  });

  it('free text matches words in any order and case, in narrative, tags or id', () => {
    const r = w.reports[1234];
    if (!r) throw new Error('fixture');
    const idPart = r.id.slice(3, 7).toLowerCase();
    const ids = listAllIds(w.db, analyst, { q: idPart });
    expect(ids).toContain(r.id);
    expect(listAllIds(w.db, analyst, { q: r.id })).toEqual([r.id]);
    expect(listAllIds(w.db, analyst, { q: r.id.toLowerCase() })).toEqual([r.id]);
    expect(listAllIds(w.db, analyst, { q: 'HOTEL city' })).toEqual(
      listAllIds(w.db, analyst, { q: 'city hotel' }),
    );
  });

  it('free text searches the masked narrative, never the personal data itself', () => {
    const withPhone = w.reports.find((x) => x.narrative.includes('[phone]'));
    expect(withPhone).toBeDefined();
    const raw = w.db.revealNarrative(analyst, withPhone?.id ?? '') ?? '';
    const phone = /\+?\d[\d ()-]{8,}\d/.exec(raw)?.[0] ?? '';
    expect(phone).not.toBe('');
    const lastDigits = phone.replace(/\D/g, '').slice(-6);
    expect(listAllIds(w.db, analyst, { q: lastDigits })).not.toContain(withPhone?.id);
    expect(listAllIds(w.db, analyst, { q: '[phone]' })).toContain(withPhone?.id);
  });

  it('bbox crossing the antimeridian takes both sides, and only located reports', () => {
    const box = [170, -50, -170, -10] as const;
    const ids = listAllIds(w.db, analyst, { bbox: box });
    expect(ids).toEqual(expectedIds({ bbox: box }));
    const lons = ids.map((id) => w.byId.get(id)?.location.lon ?? Number.NaN);
    expect(lons.some((x) => x >= 170)).toBe(true);
    expect(lons.some((x) => x <= -170)).toBe(true);
    expect(lons.every((x) => x >= 170 || x <= -170)).toBe(true);
  });

  it('`to` covers its whole UTC day', () => {
    const late = w.reports.find((r) => r.receivedAt.slice(11) >= '23:30');
    expect(late).toBeDefined();
    const day = late?.receivedAt.slice(0, 10) ?? '';
    expect(listAllIds(w.db, analyst, { to: day })).toContain(late?.id);
    expect(listAllIds(w.db, analyst, { from: day, to: day })).toContain(late?.id);
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + 864e5).toISOString().slice(0, 10);
    expect(listAllIds(w.db, analyst, { from: next })).not.toContain(late?.id);
  });

  it('unknown countries, regions and tags match nothing rather than everything', () => {
    expect(listAllIds(w.db, analyst, { country: ['ZZ'] })).toEqual([]);
    expect(listAllIds(w.db, analyst, { region: ['999'] })).toEqual([]);
    expect(listAllIds(w.db, analyst, { tag: ['no-such-tag'] })).toEqual([]);
  });
});

describe('scope', () => {
  const scope = ['GB', 'IE', 'KE'];
  const scoped = { role: 'analyst' as const, scopeCountries: new Set(scope), k: 11 };

  it('rows outside the scope are in no list, lookup or reveal', () => {
    fc.assert(
      fc.property(filtersArbitrary(countries, regions), (filters) => {
        const ids = listAllIds(w.db, scoped, filters);
        expect(ids).toEqual(expectedIds(filters, scoped));
        for (const id of ids) expect(scope).toContain(w.byId.get(id)?.location.country);
      }),
      { numRuns: 25 },
    );
    const outside = w.reports.find((r) => !scope.includes(r.location.country));
    expect(outside).toBeDefined();
    expect(w.db.getReport(scoped, outside?.id ?? '')).toBeNull();
    expect(w.db.revealNarrative(scoped, outside?.id ?? '')).toBeNull();
    const inside = w.reports.find((r) => scope.includes(r.location.country));
    expect(w.db.getReport(scoped, inside?.id ?? '')?.id).toBe(inside?.id);
  });

  it('a partner is refused reports even if a handler forgets to check', () => {
    const p = partner(scope);
    const inside = w.reports.find((r) => scope.includes(r.location.country));
    expect(w.db.getReport(p, inside?.id ?? '')).toBeNull();
    expect(w.db.revealNarrative(p, inside?.id ?? '')).toBeNull();
    expect(() =>
      w.db.listReports(p, {}, { field: 'receivedAt', direction: 'desc' }, 10, null),
    ).toThrow();
    expect(() => [...w.db.exportRows(p, {}, { field: 'receivedAt', direction: 'desc' })]).toThrow();
  });

  it("a partner's aggregates count only rows in scope", () => {
    const p = partner(scope, 2);
    const bins = w.db.countryBins(p, {});
    for (const item of bins.items) expect(scope).toContain(item.country);
    expect(bins.total.count).toBe(expectedIds({}, scoped).length);
    const regionsSeen = w.db.breakdown(p, {}, 'region', null).items.map((i) => i.key);
    expect(new Set(regionsSeen)).toEqual(new Set(scope.map((c) => w.regionOf.get(c))));
    const meta = w.db.metadata(p);
    expect(meta.countries.map((c) => c.code).sort()).toEqual([...scope].sort());
  });

  it('unknown ids and malformed ids are absent', () => {
    expect(w.db.getReport(analyst, 'R-ZZZZZZZ')).toBeNull();
    expect(w.db.getReport(analyst, 'nope')).toBeNull();
    expect(w.db.revealNarrative(analyst, '')).toBeNull();
  });
});

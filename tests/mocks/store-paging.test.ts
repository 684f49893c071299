import { describe, expect, it } from 'vitest';
import { analyst, referenceMatch, smallWorld } from './support/small-db.ts';
import { sortFields, type Sort } from '../../src/api/contract/list-params.ts';
import type { Filters } from '../../src/api/contract/filter-params.ts';
import type { ReportSummary } from '../../src/api/contract/report-schemas.ts';
import * as E from '../../src/api/contract/enums.ts';
import { BadQueryError } from '../../mocks/db/intake-db.ts';

const w = smallWorld();

function walk(
  filters: Filters,
  sort: Sort,
  limit: number,
): { items: ReportSummary[]; totals: number[] } {
  const items: ReportSummary[] = [];
  const totals: number[] = [];
  let cursor: string | null = null;
  do {
    const page = w.db.listReports(analyst, filters, sort, limit, cursor);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    totals.push(page.total);
    cursor = page.nextCursor;
  } while (cursor);
  return { items, totals };
}

/** The key each sort field orders by: enum order, country name, time. */
function sortKey(field: Sort['field'], r: ReportSummary): string | number {
  switch (field) {
    case 'receivedAt':
      return r.receivedAt;
    case 'country':
      return w.countryName.get(r.location.country) ?? '';
    case 'urgency':
      return E.urgency.values.indexOf(r.urgency);
    case 'status':
      return E.status.values.indexOf(r.status);
    case 'source':
      return E.source.values.indexOf(r.source);
    case 'groomingStage':
      return E.groomingStage.values.indexOf(r.groomingStage);
  }
}

function compare(field: Sort['field'], a: ReportSummary, b: ReportSummary): number {
  const ka = sortKey(field, a);
  const kb = sortKey(field, b);
  const byKey =
    typeof ka === 'number' && typeof kb === 'number'
      ? ka - kb
      : String(ka).localeCompare(String(kb), 'en');
  // Ties: receivedAt order (rows are stored in it).
  return byKey !== 0 ? byKey : a.receivedAt.localeCompare(b.receivedAt);
}

describe('paging', () => {
  // A large set with an odd page size, a small one a row at a time, and an empty one.
  const cases: [Filters, number][] = [
    [{ urgency: ['high', 'medium'], setting: ['online', 'both'] }, 137],
    [{ q: 'hotel' }, 1],
    [{ country: ['ZZ'] }, 50],
  ];
  for (const field of sortFields) {
    for (const direction of ['asc', 'desc'] as const) {
      it(`walks every page sorted by ${direction === 'desc' ? '-' : ''}${field}: each row once, in order`, () => {
        for (const [filters, limit] of cases) {
          const { items, totals } = walk(filters, { field, direction }, limit);
          const total = totals[0] ?? 0;
          expect(new Set(totals)).toEqual(new Set([total]));
          expect(items.length).toBe(total);
          expect(new Set(items.map((r) => r.id)).size).toBe(total);
          expect(total).toBe(w.reports.filter((r) => referenceMatch(w, r, filters)).length);
          for (let j = 1; j < items.length; j++) {
            const c = compare(field, items[j - 1] as ReportSummary, items[j] as ReportSummary);
            if (direction === 'asc') expect(c).toBeLessThanOrEqual(0);
            else expect(c).toBeGreaterThanOrEqual(0);
          }
        }
      });
    }
  }

  it('a cursor from another query is refused, and so is garbage', () => {
    const sort: Sort = { field: 'urgency', direction: 'desc' };
    const first = w.db.listReports(analyst, { setting: ['online'] }, sort, 20, null);
    expect(first.nextCursor).not.toBeNull();
    const cursor = first.nextCursor ?? '';
    const refuse = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        expect(e).toBeInstanceOf(BadQueryError);
        expect((e as BadQueryError).param).toBe('cursor');
        return;
      }
      throw new Error('expected BadQueryError');
    };
    refuse(() => w.db.listReports(analyst, { setting: ['physical'] }, sort, 20, cursor));
    refuse(() =>
      w.db.listReports(analyst, { setting: ['online'] }, { ...sort, direction: 'asc' }, 20, cursor),
    );
    refuse(() =>
      w.db.listReports(
        analyst,
        { setting: ['online'] },
        { field: 'status', direction: 'desc' },
        20,
        cursor,
      ),
    );
    refuse(() =>
      w.db.listReports(
        { ...analyst, scopeCountries: new Set(['GB']) },
        { setting: ['online'] },
        sort,
        20,
        cursor,
      ),
    );
    refuse(() => w.db.listReports(analyst, { setting: ['online'] }, sort, 20, 'not-a-cursor!'));
    refuse(() => w.db.listReports(analyst, { setting: ['online'] }, sort, 20, btoa('{"v":1}')));
    // The same query with a different page size is fine.
    const next = w.db.listReports(analyst, { setting: ['online'] }, sort, 7, cursor);
    expect(next.items[0]?.id).not.toBe(first.items[19]?.id);
  });

  it('a cursor keeps working after other queries pushed its results out of the cache', () => {
    const sort: Sort = { field: 'country', direction: 'asc' };
    const page1 = w.db.listReports(analyst, { urgency: ['low'] }, sort, 30, null);
    // More distinct queries than the store caches.
    for (const s of E.source.values)
      for (const g of E.gender.values)
        w.db.breakdown(analyst, { source: [s], gender: [g] }, 'status', null);
    const page2 = w.db.listReports(analyst, { urgency: ['low'] }, sort, 30, page1.nextCursor);
    const again = w.db.listReports(analyst, { urgency: ['low'] }, sort, 60, null);
    expect([...page1.items, ...page2.items].map((r) => r.id)).toEqual(again.items.map((r) => r.id));
  });

  it('walks all reports newest first, 200 at a time', () => {
    const { items } = walk({}, { field: 'receivedAt', direction: 'desc' }, 200);
    expect(items.map((r) => r.id)).toEqual(w.reports.map((r) => r.id).reverse());
  });

  it('export streams the same rows in the same order as the list', () => {
    const sort: Sort = { field: 'groomingStage', direction: 'desc' };
    const filters: Filters = { platform: ['online_gaming'] };
    const exported = [...w.db.exportRows(analyst, filters, sort)].map((r) => r.id);
    expect(exported).toEqual(walk(filters, sort, 200).items.map((r) => r.id));
  });

  it('list items are summaries with a short, masked preview', () => {
    const page = w.db.listReports(
      analyst,
      { q: '[email]' },
      { field: 'receivedAt', direction: 'desc' },
      50,
      null,
    );
    expect(page.items.length).toBeGreaterThan(0);
    for (const item of page.items) {
      expect(item.narrativePreview.length).toBeLessThanOrEqual(160);
      expect(item).not.toHaveProperty('narrative');
      expect(item.narrativePreview).not.toMatch(/@example\./);
    }
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { ReportPage } from '../../../src/api/contract/report-schemas.ts';
import { caseKeys } from '../../../src/features/cases/api/case-keys.ts';
import { facetFilters } from '../../../src/features/cases/api/facet-counts-query.ts';
import { flattenReportPages } from '../../../src/features/cases/api/report-list-query.ts';
import { isPlausibleReportId } from '../../../src/features/cases/api/report-query.ts';
import { scrollTopShowing } from '../../../src/features/cases/components/case-table-body.tsx';
import { columnFilterPatch } from '../../../src/features/cases/lib/case-list-params.ts';
import { caseLink, casePath } from '../../../src/features/cases/lib/case-path.ts';
import {
  caseLocationState,
  clearListPositions,
  moveListPosition,
  readListPosition,
  saveListPosition,
} from '../../../src/features/cases/lib/list-position.ts';
import { makeSummary } from './fixtures.ts';

const page = (ids: number[], total: number, nextCursor: string | null): ReportPage => ({
  items: ids.map((i) => makeSummary(i)),
  total,
  nextCursor,
});

describe('flattenReportPages', () => {
  it('joins the pages in order, each report once, with the total of the first page', () => {
    const data = {
      pages: [page([1, 2], 5, 'a'), page([2, 3, 4], 6, null)],
      pageParams: [null, 'a'],
    };
    const { rows, total } = flattenReportPages(data);
    expect(rows.map((r) => r.id)).toEqual(['R-000001', 'R-000002', 'R-000003', 'R-000004']);
    expect(total).toBe(5);
    expect(flattenReportPages(undefined)).toEqual({ rows: [], total: 0 });
  });
});

describe('case list keys and params', () => {
  it('puts the whole filter object and the sort in the list key', () => {
    const a = caseKeys.list({
      filters: { status: ['new'] },
      sort: { field: 'urgency', direction: 'desc' },
    });
    expect(a).toEqual([
      'cases',
      'list',
      { filters: { status: ['new'] }, sort: '-urgency', limit: 100 },
    ]);
  });

  it('a column filter is a patch of the one filter state: known values, enum order', () => {
    expect(columnFilterPatch('status', ['closed', 'bogus', 'new'])).toEqual({
      status: ['new', 'closed'],
    });
    expect(columnFilterPatch('status', [])).toEqual({ status: undefined });
  });

  it('facet counts leave out the field\u2019s own filter and keep the rest', () => {
    expect(facetFilters({ status: ['new'], urgency: ['high'], q: 'x' }, 'status')).toEqual({
      urgency: ['high'],
      q: 'x',
    });
  });
});

describe('case paths', () => {
  it('encodes the id, and a copied link carries no filters', () => {
    expect(casePath('R-1/../x?y')).toBe('/cases/R-1%2F..%2Fx%3Fy');
    expect(caseLink('R-1', 'https://dash.example')).toBe('https://dash.example/cases/R-1');
  });

  it('only asks the API about ids that could be ids', () => {
    expect(isPlausibleReportId('R-0A1B2C3')).toBe(true);
    expect(isPlausibleReportId('')).toBe(false);
    expect(isPlausibleReportId('x'.repeat(129))).toBe(false);
    expect(isPlausibleReportId('R-1\u0000')).toBe(false);
    expect(isPlausibleReportId('R-\uD800')).toBe(false);
  });
});

describe('list positions', () => {
  afterEach(() => clearListPositions());

  it('are kept per history entry and follow Previous/Next', () => {
    saveListPosition('k1', { scrollTop: 400, id: 'R-1', index: 10 });
    moveListPosition('k1', 'R-2', 11);
    moveListPosition('unknown', 'R-9', 1);
    expect(readListPosition('k1')).toEqual({ scrollTop: 400, id: 'R-2', index: 11 });
    expect(readListPosition('unknown')).toBeUndefined();
  });

  it('forget the oldest past fifty entries', () => {
    for (let i = 0; i < 60; i++) saveListPosition(`k${i}`, { scrollTop: i, id: 'R', index: 0 });
    expect(readListPosition('k0')).toBeUndefined();
    expect(readListPosition('k59')?.scrollTop).toBe(59);
  });

  it('read the router state defensively', () => {
    expect(caseLocationState({ listKey: 'abc' })).toEqual({ listKey: 'abc' });
    expect(caseLocationState(null)).toBeNull();
    expect(caseLocationState({ listKey: 3 })).toBeNull();
  });
});

describe('scrollTopShowing', () => {
  it('keeps the scroll where it was if the row shows whole, else centres it', () => {
    // 600 px box, 44 px header: 556 px of rows (13.9 rows of 40).
    expect(scrollTopShowing(12, 200, 600)).toBe(200);
    expect(scrollTopShowing(100, 200, 600)).toBe(100 * 40 - 258);
    expect(scrollTopShowing(0, 200, 600)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { filterEnums } from '../../../src/api/contract/enums.ts';
import { exportColumns } from '../../../src/api/contract/export-columns.ts';
import { sortFields } from '../../../src/api/contract/list-params.ts';
import {
  caseColumnIds,
  caseColumns,
  columnIdForSortField,
  exportColumnsFor,
  sortFromSortingState,
  sortingStateFor,
} from '../../../src/features/cases/lib/case-columns.ts';

describe('case columns', () => {
  it("are the issue's eleven columns, each mapped to real export columns", () => {
    expect(caseColumns.map((c) => c.id)).toEqual([...caseColumnIds]);
    for (const c of caseColumns) {
      expect(c.exportColumns.length).toBeGreaterThan(0);
      for (const e of c.exportColumns) expect(exportColumns).toContain(e);
      if (c.filterEnum) expect(filterEnums).toHaveProperty(c.filterEnum);
      expect(c.width.min).toBeLessThanOrEqual(c.width.initial);
      expect(c.width.initial).toBeLessThanOrEqual(c.width.max);
    }
  });

  it('cover every sort field the API offers, once', () => {
    for (const field of sortFields) expect(columnIdForSortField(field)).toBeDefined();
    const sortable = caseColumns.filter((c) => c.sortField).map((c) => c.sortField);
    expect(new Set(sortable).size).toBe(sortable.length);
  });

  it('export the visible columns in screen order, the id always first', () => {
    expect(exportColumnsFor(['location', 'urgency'])).toEqual(['id', 'country', 'city', 'urgency']);
    expect(exportColumnsFor([])).toEqual(['id']);
    expect(exportColumnsFor([...caseColumnIds])).toEqual([...exportColumns]);
  });

  it('map the API sort to TanStack sorting state and back', () => {
    expect(sortingStateFor({ field: 'country', direction: 'asc' })).toEqual([
      { id: 'location', desc: false },
    ]);
    expect(sortFromSortingState([{ id: 'location', desc: true }])).toEqual({
      field: 'country',
      direction: 'desc',
    });
    expect(sortFromSortingState([{ id: 'tags', desc: true }])).toBeNull();
    expect(sortFromSortingState([{ id: 'nope', desc: true }])).toBeNull();
    expect(sortFromSortingState([])).toBeNull();
    for (const field of sortFields) {
      for (const direction of ['asc', 'desc'] as const) {
        expect(sortFromSortingState(sortingStateFor({ field, direction }))).toEqual({
          field,
          direction,
        });
      }
    }
  });
});

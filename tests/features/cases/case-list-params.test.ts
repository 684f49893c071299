import { describe, expect, it } from 'vitest';
import { parseFilters, type Filters } from '../../../src/api/contract/filter-params.ts';
import {
  applyColumnFilter,
  exportParams,
} from '../../../src/features/cases/lib/case-list-params.ts';

describe('applyColumnFilter', () => {
  const filters: Filters = { from: '2026-01-01', status: ['new'], q: 'gaming' };

  it('writes the column filter into the one filter state, in enum order', () => {
    expect(applyColumnFilter(filters, 'status', ['closed', 'new'])).toEqual({
      from: '2026-01-01',
      status: ['new', 'closed'],
      q: 'gaming',
    });
    expect(applyColumnFilter(filters, 'urgency', ['high'])).toMatchObject({
      urgency: ['high'],
      status: ['new'],
    });
  });

  it('drops unknown values and removes an emptied field', () => {
    expect(applyColumnFilter(filters, 'status', ['nonsense'])).toEqual({
      from: '2026-01-01',
      q: 'gaming',
    });
    expect(applyColumnFilter(filters, 'status', [])).not.toHaveProperty('status');
    expect(filters.status).toEqual(['new']);
  });
});

describe('exportParams', () => {
  it('asks for the filtered set, in the table sort, with the visible columns', () => {
    const params = exportParams(
      { status: ['new', 'triaged'], q: 'x' },
      { field: 'urgency', direction: 'desc' },
      ['urgency', 'location'],
    );
    expect(params.get('status')).toBe('new,triaged');
    expect(params.get('q')).toBe('x');
    expect(params.get('sort')).toBe('-urgency');
    expect(params.get('columns')).toBe('id,urgency,country,city');
    expect(parseFilters(params).filters).toEqual({ status: ['new', 'triaged'], q: 'x' });
  });
});

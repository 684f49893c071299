/** Sorting and paging of the report list, shared by the intake API (mocked) and the client. */

export const sortFields = [
  'receivedAt',
  'urgency',
  'status',
  'country',
  'source',
  'groomingStage',
] as const;
export type SortField = (typeof sortFields)[number];
export interface Sort {
  field: SortField;
  direction: 'asc' | 'desc';
}
export const DEFAULT_SORT: Sort = { field: 'receivedAt', direction: 'desc' };

export const PAGE_SIZE_DEFAULT = 50;
export const PAGE_SIZE_MAX = 200;

/** `receivedAt` is ascending, `-receivedAt` descending. */
export function parseSort(raw: string | null): Sort | null {
  if (raw === null || raw === '') return DEFAULT_SORT;
  const direction = raw.startsWith('-') ? 'desc' : 'asc';
  const field = raw.replace(/^[-+]/, '');
  return (sortFields as readonly string[]).includes(field)
    ? { field: field as SortField, direction }
    : null;
}

export function formatSort(sort: Sort): string {
  return `${sort.direction === 'desc' ? '-' : ''}${sort.field}`;
}

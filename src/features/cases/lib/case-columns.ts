import type { SortingState } from '@tanstack/react-table';
import type { FilterEnumName } from '../../../api/contract/enums.ts';
import type { ExportColumn } from '../../../api/contract/export-columns.ts';
import type { Sort, SortField } from '../../../api/contract/list-params.ts';

/**
 * What the case table can show, and how each column maps onto the intake API: the export
 * columns it stands for, the server sort field (if the API can sort by it) and the filter
 * enumeration (if the API can filter by it). The table renders from this; the CSV export
 * and the URL sort are derived from it, so the three cannot disagree.
 */

export const caseColumnIds = [
  'receivedAt',
  'urgency',
  'status',
  'exploitationTypes',
  'platforms',
  'groomingStage',
  'location',
  'ageBands',
  'source',
  'tags',
  'narrativePreview',
] as const;
export type CaseColumnId = (typeof caseColumnIds)[number];

export interface ColumnWidth {
  initial: number;
  min: number;
  max: number;
}

export interface CaseColumn {
  id: CaseColumnId;
  header: string;
  exportColumns: readonly ExportColumn[];
  sortField?: SortField;
  /** Dates read newest first; everything else starts ascending (enum order for enums). */
  sortDescFirst?: boolean;
  filterEnum?: FilterEnumName;
  width: ColumnWidth;
}

const w = (initial: number, min = 80, max = 640): ColumnWidth => ({ initial, min, max });

export const caseColumns: readonly CaseColumn[] = [
  {
    id: 'receivedAt',
    header: 'Received (UTC)',
    exportColumns: ['receivedAt'],
    sortField: 'receivedAt',
    sortDescFirst: true,
    width: w(180, 120),
  },
  {
    id: 'urgency',
    header: 'Urgency',
    exportColumns: ['urgency'],
    sortField: 'urgency',
    filterEnum: 'urgency',
    width: w(150),
  },
  {
    id: 'status',
    header: 'Status',
    exportColumns: ['status'],
    sortField: 'status',
    filterEnum: 'status',
    width: w(130),
  },
  {
    id: 'exploitationTypes',
    header: 'Exploitation types',
    exportColumns: ['exploitationTypes'],
    filterEnum: 'exploitationType',
    width: w(200),
  },
  {
    id: 'platforms',
    header: 'Platforms',
    exportColumns: ['platforms'],
    filterEnum: 'platform',
    width: w(180),
  },
  {
    id: 'groomingStage',
    header: 'Grooming stage',
    exportColumns: ['groomingStage'],
    sortField: 'groomingStage',
    filterEnum: 'groomingStage',
    width: w(200),
  },
  {
    id: 'location',
    header: 'Country / city',
    exportColumns: ['country', 'city'],
    sortField: 'country',
    width: w(190),
  },
  {
    id: 'ageBands',
    header: "Victims' ages",
    exportColumns: ['ageBands'],
    filterEnum: 'ageBand',
    width: w(150),
  },
  {
    id: 'source',
    header: 'Source',
    exportColumns: ['source'],
    sortField: 'source',
    filterEnum: 'source',
    width: w(170),
  },
  { id: 'tags', header: 'Tags', exportColumns: ['tags'], width: w(160) },
  {
    id: 'narrativePreview',
    header: 'Narrative (masked preview)',
    exportColumns: ['narrativePreview'],
    width: w(360, 120, 1200),
  },
];

const byId = new Map(caseColumns.map((c) => [c.id, c]));

export function isCaseColumnId(id: string): id is CaseColumnId {
  return byId.has(id as CaseColumnId);
}

export function caseColumn(id: CaseColumnId): CaseColumn {
  // The map is built from the same list as the id type, so every id is present.
  return byId.get(id) as CaseColumn;
}

/**
 * The export's columns for what the analyst sees, in on-screen order. The report id always
 * comes first: a CSV row that cannot be traced back to its case is of no use to a partner.
 */
export function exportColumnsFor(visibleIds: readonly CaseColumnId[]): ExportColumn[] {
  const out: ExportColumn[] = ['id'];
  for (const id of visibleIds) {
    for (const c of caseColumn(id).exportColumns) if (!out.includes(c)) out.push(c);
  }
  return out;
}

export function columnIdForSortField(field: SortField): CaseColumnId | undefined {
  return caseColumns.find((c) => c.sortField === field)?.id;
}

/** The server's one sort as TanStack Table's sorting state (for aria-sort and indicators). */
export function sortingStateFor(sort: Sort): SortingState {
  const id = columnIdForSortField(sort.field);
  return id ? [{ id, desc: sort.direction === 'desc' }] : [];
}

/** Back from TanStack's sorting state to the API's sort; null if it names no sortable column. */
export function sortFromSortingState(sorting: SortingState): Sort | null {
  const first = sorting[0];
  if (!first || !isCaseColumnId(first.id)) return null;
  const field = caseColumn(first.id).sortField;
  return field ? { field, direction: first.desc ? 'desc' : 'asc' } : null;
}

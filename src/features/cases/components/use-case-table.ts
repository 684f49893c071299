import { functionalUpdate, useTable, type Updater } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { Sort } from '../../../api/contract/list-params.ts';
import type { ReportSummary } from '../../../api/contract/report-schemas.ts';
import {
  caseColumn,
  caseColumnIds,
  sortFromSortingState,
  sortingStateFor,
} from '../lib/case-columns.ts';
import { setColumnWidth, type ColumnPrefs } from '../lib/column-prefs.ts';
import { caseTableColumns, caseTableFeatures } from './case-table-columns.tsx';

export interface UseCaseTableOptions {
  rows: readonly ReportSummary[];
  sort: Sort;
  onSortChange: (sort: Sort) => void;
  columnPrefs: ColumnPrefs;
  onColumnPrefsChange: (prefs: ColumnPrefs) => void;
}

/**
 * The TanStack table of the case list, in server mode. Sort and column layout are owned by
 * the caller (the URL and the browser's preferences): the table reads them as controlled
 * state and reports changes back, so there is never a second copy to fall out of step.
 */
export function useCaseTable({
  rows,
  sort,
  onSortChange,
  columnPrefs,
  onColumnPrefsChange,
}: UseCaseTableOptions) {
  const sorting = useMemo(() => sortingStateFor(sort), [sort]);
  // Relative times ("3 hours ago") are read against the moment the table mounted.
  const [now] = useState(() => Date.now());

  return useTable({
    features: caseTableFeatures,
    columns: caseTableColumns,
    data: rows,
    getRowId: (row) => row.id,
    meta: { now },
    manualSorting: true,
    enableMultiSort: false,
    // The API always sorts by something: a third click flips direction, never "unsorted".
    enableSortingRemoval: false,
    columnResizeMode: 'onEnd',
    state: {
      sorting,
      columnOrder: columnPrefs.order,
      columnVisibility: columnPrefs.visibility,
      columnSizing: columnPrefs.widths,
    },
    onSortingChange: (updater) => {
      const next = sortFromSortingState(functionalUpdate(updater, sorting));
      if (next) onSortChange(next);
    },
    onColumnSizingChange: (updater: Updater<Record<string, number>>) => {
      const sizes = functionalUpdate(updater, columnPrefs.widths);
      let next = columnPrefs;
      for (const id of caseColumnIds) {
        // A column missing from the sizes was reset (double-click on its handle).
        const width = Object.hasOwn(sizes, id) ? (sizes[id] ?? NaN) : caseColumn(id).width.initial;
        if (width !== columnPrefs.widths[id]) next = setColumnWidth(next, id, width);
      }
      if (next !== columnPrefs) onColumnPrefsChange(next);
    },
  });
}

export type CaseTableInstance = ReturnType<typeof useCaseTable>;

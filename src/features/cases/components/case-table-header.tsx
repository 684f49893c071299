import type { FilterEnumName } from '../../../api/contract/enums.ts';
import type { Filters } from '../../../api/contract/filter-params.ts';
import { caseColumn, isCaseColumnId } from '../lib/case-columns.ts';
import type { FacetCounts } from '../lib/facet-counts.ts';
import { ColumnFilterMenu } from './column-filter-menu.tsx';
import type { CaseTableInstance } from './use-case-table.ts';

export interface CaseTableHeaderProps {
  table: CaseTableInstance;
  filters: Filters;
  facetCounts?: FacetCounts;
  facetErrors?: Partial<Record<FilterEnumName, string>>;
  onColumnFilterChange: (field: FilterEnumName, values: string[]) => void;
  onFilterMenuOpenChange?: (field: FilterEnumName, open: boolean) => void;
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

/** One header row: sort buttons with aria-sort, filter menus, and a pointer resize handle. */
export function CaseTableHeader(props: CaseTableHeaderProps) {
  const { table, filters, facetCounts, facetErrors } = props;
  const { onColumnFilterChange, onFilterMenuOpenChange } = props;
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const resizing = table.state.columnResizing;

  return (
    <div role="rowgroup" className="case-thead">
      <div role="row" aria-rowindex={1} className="case-tr case-tr--head">
        {headers.map((header, i) => {
          if (!isCaseColumnId(header.column.id)) return null;
          const column = caseColumn(header.column.id);
          const sorted = header.column.getIsSorted();
          const field = column.filterEnum;
          const isResizing = resizing.isResizingColumn === header.column.id;
          return (
            <div
              key={header.id}
              role="columnheader"
              aria-colindex={i + 1}
              aria-sort={sorted ? ariaSort[sorted] : undefined}
              className="case-th"
            >
              {header.column.getCanSort() ? (
                <button
                  type="button"
                  className="case-sort-button"
                  onClick={header.column.getToggleSortingHandler()}
                >
                  {column.header}
                  <span aria-hidden="true" className="case-sort-icon">
                    {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                  </span>
                </button>
              ) : (
                <span className="case-th-label">{column.header}</span>
              )}
              {field && (
                <ColumnFilterMenu
                  field={field}
                  label={column.header}
                  selected={filters[field] ?? []}
                  counts={facetCounts?.[field]}
                  countsError={facetErrors?.[field]}
                  onChange={onColumnFilterChange}
                  onOpenChange={onFilterMenuOpenChange}
                />
              )}
              {/* Pointer-only: keyboard users set widths in the Columns menu. */}
              <div
                aria-hidden="true"
                className="case-resize-handle"
                data-resizing={isResizing || undefined}
                style={
                  isResizing
                    ? { transform: `translateX(${resizing.deltaOffset ?? 0}px)` }
                    : undefined
                }
                onMouseDown={header.getResizeHandler()}
                onTouchStart={header.getResizeHandler()}
                onDoubleClick={() => header.column.resetSize()}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

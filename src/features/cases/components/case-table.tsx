import { useState, type CSSProperties, type ReactNode } from 'react';
import type { FilterEnumName } from '../../../api/contract/enums.ts';
import type { Filters } from '../../../api/contract/filter-params.ts';
import type { Sort } from '../../../api/contract/list-params.ts';
import type { ReportSummary } from '../../../api/contract/report-schemas.ts';
import { formatNumber } from '../../../lib/format.ts';
import type { ColumnPrefs } from '../lib/column-prefs.ts';
import type { FacetCounts } from '../lib/facet-counts.ts';
import type { ListPosition } from '../lib/list-position.ts';
import { CaseTableBody } from './case-table-body.tsx';
import { CaseTableHeader } from './case-table-header.tsx';
import { ColumnsMenu } from './columns-menu.tsx';
import { useCaseTable } from './use-case-table.ts';
import './case-table.css';
import './urgency.css';

export interface CaseTableProps {
  /** Every row loaded so far, in the server's order. */
  rows: readonly ReportSummary[];
  /** All reports matching the filters (not just those loaded). */
  total: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  sort: Sort;
  onSortChange: (sort: Sort) => void;
  /** The one filter state (the URL's); column filters read and write its enum fields. */
  filters: Filters;
  facetCounts?: FacetCounts;
  /** Why a menu's counts are missing, by field. */
  facetErrors?: Partial<Record<FilterEnumName, string>>;
  onColumnFilterChange: (field: FilterEnumName, values: string[]) => void;
  onFilterMenuOpenChange?: (field: FilterEnumName, open: boolean) => void;
  onClearFilters: () => void;
  /** A row was opened (click or Enter); `scrollTop` is the list's, to come back to it. */
  onOpenCase: (id: string, index: number, position: { scrollTop: number }) => void;
  /** The case open beside the table, marked with aria-current. */
  openCaseId?: string;
  columnPrefs: ColumnPrefs;
  onColumnPrefsChange: (prefs: ColumnPrefs) => void;
  /** Changes when the list is a new one (filters, sort): scroll and focus go back to the top. */
  scrollResetKey?: string;
  /** On mount: scroll here and focus this case (coming back to the list from a case). */
  restore?: ListPosition;
  /** Extra toolbar content, e.g. the export button. */
  toolbar?: ReactNode;
}

/**
 * The case list: a server-driven TanStack table with virtualised rows. It renders what it is
 * given and reports what the analyst asks for; fetching, the URL and storage live outside.
 */
export function CaseTable(props: CaseTableProps) {
  const table = useCaseTable(props);
  // State, not a ref: the body's virtualiser needs a re-render once the scroll box exists
  // (a parent's ref is attached only after its children's layout effects have run).
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const columns = table.getVisibleLeafColumns();
  const template = columns.map((c) => `${c.getSize()}px`).join(' ');
  const empty = props.total === 0 && props.rows.length === 0;

  return (
    <div className="case-table">
      <div className="case-table-toolbar">
        {/* The same words as every view's count line, so the total reads the same here. */}
        <div className="case-total" role="status">
          <p className="report-count">
            <strong>{formatNumber(props.total)}</strong>{' '}
            {props.total === 1 ? 'report matches' : 'reports match'} these filters
          </p>
        </div>
        {props.toolbar}
        <ColumnsMenu prefs={props.columnPrefs} onChange={props.onColumnPrefsChange} />
      </div>
      {empty ? (
        <div className="case-empty">
          <p>No reports match these filters.</p>
          <button type="button" onClick={props.onClearFilters}>
            Clear filters
          </button>
        </div>
      ) : (
        <div
          ref={setScrollElement}
          role="grid"
          aria-label="Cases"
          aria-rowcount={props.total + 1}
          aria-colcount={columns.length}
          className="case-grid"
          style={
            {
              '--case-columns': template,
              '--case-width': `${table.getTotalSize()}px`,
            } as CSSProperties
          }
        >
          <CaseTableHeader
            table={table}
            filters={props.filters}
            facetCounts={props.facetCounts}
            facetErrors={props.facetErrors}
            onColumnFilterChange={props.onColumnFilterChange}
            onFilterMenuOpenChange={props.onFilterMenuOpenChange}
          />
          <CaseTableBody
            table={table}
            scrollElement={scrollElement}
            hasNextPage={props.hasNextPage}
            isFetchingNextPage={props.isFetchingNextPage}
            onLoadMore={props.onLoadMore}
            onOpenCase={props.onOpenCase}
            openCaseId={props.openCaseId}
            scrollResetKey={props.scrollResetKey}
            restore={props.restore}
          />
        </div>
      )}
      {props.isFetchingNextPage && (
        <p className="case-muted" role="status">
          Loading more reports…
        </p>
      )}
    </div>
  );
}

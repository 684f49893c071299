import { apiGetStream } from '../../../api/client/http-client.ts';
import { endpoints } from '../../../api/contract/endpoints.ts';
import type { Filters } from '../../../api/contract/filter-params.ts';
import type { Sort } from '../../../api/contract/list-params.ts';
import type { CaseColumnId } from '../lib/case-columns.ts';
import { exportParams } from '../lib/case-list-params.ts';

export interface ExportRequest {
  filters: Filters;
  sort: Sort;
  /** The table's visible columns, in on-screen order. */
  visibleColumns: readonly CaseColumnId[];
}

/**
 * Starts the CSV export of every matching report, in the table's order and visible columns.
 * Resolves with the unread response once its headers are in; the body is streamed to a file
 * by the caller (`downloadStream`), so nothing here holds the file.
 */
export function requestExport(
  { filters, sort, visibleColumns }: ExportRequest,
  signal: AbortSignal,
): Promise<Response> {
  return apiGetStream(endpoints.exportCsv, {
    params: exportParams(filters, sort, visibleColumns),
    signal,
    accept: 'text/csv',
  });
}

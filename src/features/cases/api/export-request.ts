import { ApiError } from '../../../api/client/api-error.ts';
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
export async function requestExport(
  { filters, sort, visibleColumns }: ExportRequest,
  signal: AbortSignal,
): Promise<Response> {
  const response = await apiGetStream(endpoints.exportCsv, {
    params: exportParams(filters, sort, visibleColumns),
    signal,
    accept: 'text/csv',
  });
  // A 200 that is not CSV (an error page, JSON from a broken gateway) must not be saved as
  // the export: the user would get a "reports.csv" holding something else.
  const type = response.headers.get('Content-Type') ?? '';
  if (!/^text\/csv\b/i.test(type)) {
    // Not awaited: a stream's cancel can wait on the other end; the answer is refused anyway.
    response.body?.cancel().catch(() => {});
    const endpoint = `GET ${endpoints.exportCsv}`;
    throw new ApiError({
      kind: 'contract',
      endpoint,
      status: response.status,
      message: `The intake API sent an answer the dashboard cannot read (${endpoint}: expected CSV, got ${type || 'no content type'}). Please tell the intake team.`,
    });
  }
  return response;
}

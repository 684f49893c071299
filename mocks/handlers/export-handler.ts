import { http } from 'msw';
import { endpoints } from '../../src/api/contract/endpoints.ts';
import { exportColumns, type ExportColumn } from '../../src/api/contract/export-columns.ts';
import { parseFilters } from '../../src/api/contract/filter-params.ts';
import { DEFAULT_SORT, parseSort } from '../../src/api/contract/list-params.ts';
import type { ReportSummary } from '../../src/api/contract/report-schemas.ts';
import { csvRow } from '../../src/lib/csv.ts';
import { badRequest } from '../problem.ts';
import type { HandlerDeps } from './handler-deps.ts';
import { apiRoute, forbidPartners } from './api-route.ts';
import { QueryReader } from './query-reader.ts';
import { exportCsvRow } from './export-cells.ts';
import { sortReason } from './report-handlers.ts';

/** Rows per chunk of the stream: big enough to be cheap, small enough to stay lazy. */
export const EXPORT_CHUNK_ROWS = 1000;

/** The next chunk of CSV text, or null when the rows are exhausted. */
function nextChunk(rows: Iterator<ReportSummary>, columns: readonly ExportColumn[]): string | null {
  let text = '';
  for (let n = 0; n < EXPORT_CHUNK_ROWS; n++) {
    const next = rows.next();
    if (next.done) break;
    text += exportCsvRow(next.value, columns);
  }
  return text === '' ? null : text;
}

/**
 * A CSV body pulled from the store's lazy iterator a chunk at a time, so a million-row
 * export never sits in memory whole. The first chunk (header and first rows) is made before
 * the response is, so a store error still becomes a proper 4xx/5xx rather than a cut stream.
 */
function csvStream(first: string, rows: Iterator<ReportSummary>, columns: readonly ExportColumn[]) {
  const encoder = new TextEncoder();
  let pending: string | null = first;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const text = pending ?? nextChunk(rows, columns);
      pending = null;
      if (text === null) controller.close();
      else controller.enqueue(encoder.encode(text));
    },
    cancel() {
      rows.return?.();
    },
  });
}

/** The streamed CSV export of matching reports: analysts only. */
export function exportHandlers(deps: HandlerDeps) {
  return [
    http.get(
      deps.apiPath(endpoints.exportCsv),
      apiRoute(deps, 'exportCsv', ({ persona, query, store }) => {
        forbidPartners(persona);
        const { filters, problems } = parseFilters(query);
        const read = new QueryReader(query, problems);
        const columns = read.list('columns', exportColumns) ?? exportColumns;
        const sort = read.parsed('sort', parseSort, sortReason) ?? DEFAULT_SORT;
        if (read.problems.length) throw badRequest(read.problems);

        const rows = store((db) => db.exportRows(persona.caller, filters, sort)[Symbol.iterator]());
        const first = csvRow(columns) + (store(() => nextChunk(rows, columns)) ?? '');
        const day = new Date().toISOString().slice(0, 10);
        return new Response(csvStream(first, rows, columns), {
          status: 200,
          headers: {
            'Content-Type': 'text/csv; charset=utf-8; header=present',
            'Content-Disposition': `attachment; filename="reports-${day}.csv"`,
            'Cache-Control': 'no-store',
          },
        });
      }),
    ),
  ];
}

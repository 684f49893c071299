import { describe, expect, it } from 'vitest';
import { getResponse } from 'msw';
import { endpoints } from '../../src/api/contract/endpoints.ts';
import { exportColumns } from '../../src/api/contract/export-columns.ts';
import type { ReportSummary } from '../../src/api/contract/report-schemas.ts';
import type { IntakeDb } from '../../mocks/db/intake-db.ts';
import { createIntakeDb } from '../../mocks/db/create-intake-db.ts';
import { createHandlers } from '../../mocks/handlers/create-handlers.ts';
import { ANALYST_TOKEN } from '../../mocks/personas.ts';
import { createApiCaller } from './support/call-api.ts';
import { parseCsv } from './support/parse-csv.ts';

/** The CSV export: what each column holds, the injection guard, and that it streams lazily. */

const db = createIntakeDb({ size: 3000, seed: 21 });
const analyst = { role: 'analyst' as const, scopeCountries: null, k: 11 };
const newestFirst = { field: 'receivedAt' as const, direction: 'desc' as const };

// Written out independently of src/lib/csv.ts and export-cells.ts.
const guard = (v: string) => (/^[=+\-@\t\r\n]/.test(v) ? `'${v}` : v);
const expectedRow = (r: ReportSummary) =>
  [
    r.id,
    r.receivedAt,
    r.urgency,
    r.status,
    r.exploitationTypes.join('; '),
    r.platforms.join('; '),
    r.groomingStage,
    r.location.country,
    r.location.city ?? '',
    [...new Set(r.subjects.map((s) => s.ageBand))].join('; '),
    r.source,
    r.tags.join('; '),
    r.narrativePreview,
  ].map(guard);

/** The store, counting how many rows the export has pulled from it. */
function countingDb(): { db: IntakeDb; pulled: () => number; finished: () => boolean } {
  let pulled = 0;
  let finished = false;
  return {
    db: {
      ...db,
      *exportRows(caller, filters, sort) {
        try {
          for (const row of db.exportRows(caller, filters, sort)) {
            pulled += 1;
            yield row;
          }
        } finally {
          finished = true;
        }
      },
    },
    pulled: () => pulled,
    finished: () => finished,
  };
}

const exportRequest = (query = '') =>
  new Request(`http://intake.test/api/v1${endpoints.exportCsv}${query}`, {
    headers: { Authorization: `Bearer ${ANALYST_TOKEN}` },
  });

describe('CSV export', () => {
  it('holds every report, each column as documented, formula text neutralised', async () => {
    const call = createApiCaller(createHandlers({ db }));
    const answer = await call(`/api/v1${endpoints.exportCsv}`, { token: ANALYST_TOKEN });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('Content-Disposition')).toMatch(
      /^attachment; filename="reports-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...rows] = parseCsv(answer.text);
    expect(header).toEqual([...exportColumns]);
    expect(rows).toEqual([...db.exportRows(analyst, {}, newestFirst)].map(expectedRow));
    // The seeded data holds hostile text, so the guard was really exercised.
    expect(rows.filter((r) => /^'[=+\-@\t\r\n]/.test(r[12] ?? '')).length).toBeGreaterThan(0);
  });

  it('keeps the columns asked for, in that order, once each', async () => {
    const call = createApiCaller(createHandlers({ db }));
    const answer = await call(`/api/v1${endpoints.exportCsv}`, {
      token: ANALYST_TOKEN,
      query: 'columns=status,id,status&status=new',
    });
    const [header, ...rows] = parseCsv(answer.text);
    expect(header).toEqual(['status', 'id']);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row[0]).toBe('new');
  });

  it('pulls rows from the store a chunk at a time, and stops when the client leaves', async () => {
    const counting = countingDb();
    const response = await getResponse(createHandlers({ db: counting.db }), exportRequest());
    // Only the first chunk is made before the response: not the whole file.
    expect(counting.pulled()).toBeLessThanOrEqual(1001);
    const reader = response?.body?.getReader();
    if (!reader) throw new Error('no body');
    const first = await reader.read();
    expect(first.done).toBe(false);
    // At most one chunk ahead of the reader.
    expect(counting.pulled()).toBeLessThanOrEqual(2000);
    await reader.cancel();
    expect(counting.finished()).toBe(true);
    expect(counting.pulled()).toBeLessThan(db.size);
  });

  it('streams in several chunks', async () => {
    const response = await getResponse(createHandlers({ db }), exportRequest('?columns=id'));
    const reader = response?.body?.getReader();
    if (!reader) throw new Error('no body');
    let chunks = 0;
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks += 1;
    expect(chunks).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endpoints } from '../../src/api/contract/endpoints.ts';
import { ReportPage } from '../../src/api/contract/report-schemas.ts';
import { CountryBins } from '../../src/api/contract/aggregate-schemas.ts';
import { Me } from '../../src/api/contract/session-schemas.ts';
import type { ExportColumn } from '../../src/api/contract/export-columns.ts';
import { createIntakeDb } from '../../mocks/db/create-intake-db.ts';
import { createHandlers } from '../../mocks/handlers/create-handlers.ts';
import { createAuditLog } from '../../mocks/handlers/audit-log.ts';
import { exportCellValue } from '../../mocks/handlers/export-cells.ts';
import { neutraliseCsvCell } from '../../src/lib/csv.ts';
import { ANALYST_TOKEN, partnerToken } from '../../mocks/personas.ts';
import { createApiCaller } from './support/call-api.ts';
import { expectInContract, invalidParamNames } from './support/contract-check.ts';
import { findCounts } from './support/json-walk.ts';
import { parseCsv } from './support/parse-csv.ts';
import {
  breakdownParams,
  exportColumnsParam,
  filterParams,
  gridParams,
  listParams,
  timeseriesParams,
  toQuery,
} from './support/arbitraries.ts';

/**
 * The mocked intake API, called through its msw handlers for many generated filter
 * combinations and both roles: every answer (200 or problem) must match the published
 * OpenAPI document and the zod schemas, partners must never see reports or a small count,
 * and the CSV export must hold exactly the listed reports.
 */

const db = createIntakeDb({ size: 4000, seed: 11 });
const auditLog = createAuditLog();
const call = createApiCaller(createHandlers({ db, auditLog }));

const analystCaller = { role: 'analyst' as const, scopeCountries: null, k: 11 };
const meta = db.metadata(analystCaller);
const firstPage = db.listReports(
  analystCaller,
  {},
  { field: 'receivedAt', direction: 'desc' },
  200,
  null,
);
const words = [
  ...new Set(
    firstPage.items.flatMap((r) => r.narrativePreview.toLowerCase().match(/[a-z]{5,}/g) ?? []),
  ),
].slice(0, 40);
const regionCodes = db.regions().map((r) => r.code);
const universe = {
  dataFrom: meta.dataRange.from ?? '2024-01-01',
  dataTo: meta.dataRange.to ?? '2025-12-31',
  countries: meta.countries.map((c) => c.code),
  regions: regionCodes,
  words,
};
/** The default deployment's k; written out, not read from /me, so the test checks the rule. */
const DEFAULT_K = 11;
const tokens = [ANALYST_TOKEN, ...regionCodes.map(partnerToken)];

type Params = (readonly [string, string])[];

/** The four aggregates for one set of filters, each with its OpenAPI path. */
async function callAggregates(
  token: string,
  filters: URLSearchParams,
  ts: Params,
  bd: Params,
  grid: Params,
) {
  const q = (more: Params) => toQuery([...filters], more);
  const ask = async (op: string, query: URLSearchParams) => ({
    op,
    answer: await call(`/api/v1${op}`, { token, query }),
  });
  return {
    timeseries: await ask(endpoints.timeseries, q(ts)),
    breakdown: await ask(endpoints.breakdown, q(bd)),
    countryBins: await ask(endpoints.countryBins, filters),
    gridBins: await ask(endpoints.gridBins, q(grid)),
  };
}

describe('mocked intake API contract', () => {
  it('has data to test with', () => {
    expect(db.size).toBe(4000);
    expect(regionCodes.length).toBeGreaterThan(5);
    expect(words.length).toBeGreaterThan(5);
  });

  it('answers every endpoint inside the contract, for generated filters and both roles', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...tokens),
        filterParams(universe),
        listParams,
        timeseriesParams,
        breakdownParams,
        gridParams,
        exportColumnsParam,
        async (token, filterList, list, ts, bd, grid, columns) => {
          const filters = toQuery(filterList);
          const me = Me.parse(expectInContract('/me', 'get', await call('/api/v1/me', { token })));
          expectInContract('/metadata', 'get', await call('/api/v1/metadata', { token }));

          const agg = await callAggregates(token, filters, ts, bd, grid);
          for (const { op, answer } of Object.values(agg)) {
            expectInContract(op, 'get', answer);
            if (answer.status === 400) {
              // The one valid request the store may refuse: too many daily buckets.
              expect(op).toBe(endpoints.timeseries);
              expect(ts.find(([k]) => k === 'interval')?.[1]).toBe('day');
              expect(invalidParamNames(answer)).toEqual(['interval']);
            } else {
              expect(answer.status).toBe(200);
            }
          }

          if (me.role === 'partner') {
            expect(me.suppressionThreshold).toBe(DEFAULT_K);
            const scope = new Set(me.scope.kind === 'countries' ? me.scope.countries : []);
            await checkPartner(token, scope, filters, agg);
          } else {
            await checkAnalyst(token, filters, list, columns);
          }
        },
      ),
      { numRuns: 80 },
    );
  }, 120_000);
});

async function checkPartner(
  token: string,
  scope: ReadonlySet<string>,
  filters: URLSearchParams,
  agg: Awaited<ReturnType<typeof callAggregates>>,
) {
  const anId = firstPage.items[0]?.id ?? 'R-0000000';
  const refused = [
    ['/reports', await call('/api/v1/reports', { token, query: filters })],
    ['/reports/{id}', await call(`/api/v1${endpoints.report(anId)}`, { token })],
    [
      '/reports/{id}/reveal',
      await call(`/api/v1${endpoints.reveal(anId)}`, { token, method: 'POST' }),
    ],
  ] as const;
  for (const [op, answer] of refused) {
    expect(answer.status).toBe(403);
    expectInContract(op, op.endsWith('reveal') ? 'post' : 'get', answer);
  }
  const exported = await call(`/api/v1${endpoints.exportCsv}`, { token, query: filters });
  expect(exported.status).toBe(403);
  expectInContract('/export/reports.csv', 'get', exported);

  for (const answer of [
    ...Object.values(agg).map((a) => a.answer),
    await call('/api/v1/metadata', { token }),
  ]) {
    for (const c of findCounts(answer.body)) {
      // Suppressed means null; anything shown is 0 or at least k: never 1 to 10.
      if (c.suppressed === true) expect(c.count).toBeNull();
      else
        expect(
          c.count === 0 || (typeof c.count === 'number' && c.count >= DEFAULT_K),
          JSON.stringify(c),
        ).toBe(true);
    }
  }
  for (const item of CountryBins.parse(agg.countryBins.answer.body).items)
    expect(scope.has(item.country)).toBe(true);
}

async function checkAnalyst(
  token: string,
  filters: URLSearchParams,
  list: Params,
  columns: ExportColumn[],
) {
  const listed = await call('/api/v1/reports', { token, query: toQuery([...filters], list) });
  expect(listed.status).toBe(200);
  const page = ReportPage.parse(expectInContract('/reports', 'get', listed));
  const limit = Number(list.find(([k]) => k === 'limit')?.[1]);
  expect(page.items.length).toBe(Math.min(limit, page.total));

  if (page.nextCursor !== null) {
    const next = await call('/api/v1/reports', {
      token,
      query: toQuery([...filters], list, [['cursor', page.nextCursor]]),
    });
    const second = ReportPage.parse(expectInContract('/reports', 'get', next));
    const seen = new Set(page.items.map((r) => r.id));
    expect(second.items.some((r) => seen.has(r.id))).toBe(false);
  }

  const first = page.items[0];
  if (first) {
    expectInContract(
      '/reports/{id}',
      'get',
      await call(`/api/v1${endpoints.report(first.id)}`, { token }),
    );
    const before = auditLog.entries().length;
    const revealed = await call(`/api/v1${endpoints.reveal(first.id)}`, { token, method: 'POST' });
    expectInContract('/reports/{id}/reveal', 'post', revealed);
    const entries = auditLog.entries();
    expect(entries.length).toBe(before + 1);
    expect(entries.at(-1)).toMatchObject({
      reportId: first.id,
      actor: token,
      action: 'reveal-narrative',
    });
  }

  const sort = list.find(([k]) => k === 'sort')?.[1] ?? '-receivedAt';
  const exported = await call(`/api/v1${endpoints.exportCsv}`, {
    token,
    query: toQuery(
      [...filters],
      [
        ['sort', sort],
        ['columns', columns.join(',')],
      ],
    ),
  });
  expectInContract('/export/reports.csv', 'get', exported);
  expect(exported.status).toBe(200);
  const [header, ...rows] = parseCsv(exported.text);
  expect(header).toEqual(columns);
  expect(rows.length).toBe(page.total);
  page.items.forEach((item, i) => {
    expect(rows[i]).toEqual(columns.map((c) => neutraliseCsvCell(exportCellValue(item, c))));
  });
}

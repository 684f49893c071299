import { describe, expect, it } from 'vitest';
import { endpoints } from '../../src/api/contract/endpoints.ts';
import { buildOpenApiDocument } from '../../src/api/contract/openapi.ts';
import { Me } from '../../src/api/contract/session-schemas.ts';
import { Reveal, ReportPage, Report } from '../../src/api/contract/report-schemas.ts';
import { Breakdown } from '../../src/api/contract/aggregate-schemas.ts';
import { createIntakeDb } from '../../mocks/db/create-intake-db.ts';
import { createHandlers } from '../../mocks/handlers/create-handlers.ts';
import { createAuditLog } from '../../mocks/handlers/audit-log.ts';
import { ANALYST_TOKEN, partnerToken } from '../../mocks/personas.ts';
import { createApiCaller } from './support/call-api.ts';
import { expectInContract } from './support/contract-check.ts';
import { findCounts } from './support/json-walk.ts';

const db = createIntakeDb({ size: 3000, seed: 3 });
const auditLog = createAuditLog();
const call = createApiCaller(createHandlers({ db, auditLog }));
const northernEurope = db.regions().find((r) => r.code === '154');

const everyEndpoint: [op: string, path: string, method: 'get' | 'post', query: string][] = [
  ['/me', endpoints.me, 'get', ''],
  ['/metadata', endpoints.metadata, 'get', ''],
  ['/reports', endpoints.reports, 'get', ''],
  ['/reports/{id}', endpoints.report('R-0000001'), 'get', ''],
  ['/reports/{id}/reveal', endpoints.reveal('R-0000001'), 'post', ''],
  ['/aggregates/timeseries', endpoints.timeseries, 'get', 'interval=month'],
  ['/aggregates/breakdown', endpoints.breakdown, 'get', 'dimension=status'],
  ['/aggregates/geo/countries', endpoints.countryBins, 'get', ''],
  ['/aggregates/geo/grid', endpoints.gridBins, 'get', 'cellSize=5&extent=-180,-90,180,90'],
  ['/export/reports.csv', endpoints.exportCsv, 'get', ''],
];

describe('who may call', () => {
  it.each([[undefined], ['nobody'], ['demo-partner-999'], ['demo-partner-'], ['demo-analyst-2']])(
    'answers 401 problem details to token %s, on every endpoint',
    async (token) => {
      for (const [op, path, method, query] of everyEndpoint) {
        const answer = await call(`/api/v1${path}`, {
          token: token ?? null,
          method: method.toUpperCase(),
          query,
        });
        expect(answer.status, op).toBe(401);
        expect(answer.headers.get('WWW-Authenticate')).toBe('Bearer');
        expectInContract(op, method, answer);
      }
    },
  );

  it('wants the Bearer scheme', async () => {
    const request = new Request('http://intake.test/api/v1/me', {
      headers: { Authorization: `Basic ${ANALYST_TOKEN}` },
    });
    const { getResponse } = await import('msw');
    const response = await getResponse(createHandlers({ db }), request);
    expect(response?.status).toBe(401);
  });

  it('tells the analyst who they are', async () => {
    const me = Me.parse((await call('/api/v1/me', { token: ANALYST_TOKEN })).body);
    expect(me).toMatchObject({
      role: 'analyst',
      displayName: 'Demo analyst',
      scope: { kind: 'all' },
      suppressionThreshold: 11,
    });
  });

  it('scopes a partner to its sub-region', async () => {
    expect(northernEurope).toBeDefined();
    const me = Me.parse((await call('/api/v1/me', { token: partnerToken('154') })).body);
    expect(me.role).toBe('partner');
    expect(me.organisation).toBe('Partner agency — Northern Europe');
    expect(me.scope).toEqual({
      kind: 'countries',
      label: 'Northern Europe',
      countries: northernEurope?.countries,
    });
  });

  it('refuses partners the case list, a case, a reveal and the export with 403', async () => {
    const token = partnerToken('154');
    for (const [op, path, method, query] of everyEndpoint.filter(
      ([op]) => op.startsWith('/reports') || op.startsWith('/export'),
    )) {
      const answer = await call(`/api/v1${path}`, { token, method: method.toUpperCase(), query });
      expect(answer.status, op).toBe(403);
      expectInContract(op, method, answer);
    }
  });

  it('uses the deployment threshold k', async () => {
    const call5 = createApiCaller(createHandlers({ db, suppressionThreshold: 5 }));
    const token = partnerToken('154');
    expect(Me.parse((await call5('/api/v1/me', { token })).body).suppressionThreshold).toBe(5);
    const answer = await call5(`/api/v1${endpoints.breakdown}`, {
      token,
      query: 'dimension=country',
    });
    const counts = findCounts(Breakdown.parse(answer.body));
    expect(counts.length).toBeGreaterThan(0);
    for (const c of counts)
      if (typeof c.count === 'number') expect(c.count === 0 || c.count >= 5).toBe(true);
  });
});

describe('cases and the audited reveal', () => {
  it('serves a case, and 404 for an unknown one', async () => {
    const page = ReportPage.parse(
      (await call('/api/v1/reports', { token: ANALYST_TOKEN, query: 'limit=1' })).body,
    );
    const id = page.items[0]?.id ?? '';
    const found = await call(`/api/v1${endpoints.report(id)}`, { token: ANALYST_TOKEN });
    expect(Report.parse(found.body).id).toBe(id);
    const missing = await call(`/api/v1${endpoints.report('R-ZZZZZZZ')}`, { token: ANALYST_TOKEN });
    expect(missing.status).toBe(404);
    expectInContract('/reports/{id}', 'get', missing);
  });

  it('records who revealed which case and when, and only then answers', async () => {
    const page = ReportPage.parse(
      (await call('/api/v1/reports', { token: ANALYST_TOKEN, query: 'limit=1' })).body,
    );
    const id = page.items[0]?.id ?? '';
    auditLog.clear();
    const before = Date.now();
    const answer = await call(`/api/v1${endpoints.reveal(id)}`, {
      token: ANALYST_TOKEN,
      method: 'POST',
    });
    const reveal = Reveal.parse(expectInContract('/reports/{id}/reveal', 'post', answer));
    expect(reveal.narrative).toBe(
      db.revealNarrative({ role: 'analyst', scopeCountries: null, k: 11 }, id),
    );
    const [entry, ...rest] = auditLog.entries();
    expect(rest).toEqual([]);
    expect(entry).toEqual({
      auditId: reveal.auditId,
      action: 'reveal-narrative',
      actor: ANALYST_TOKEN,
      reportId: id,
      at: reveal.revealedAt,
    });
    expect(Date.parse(reveal.revealedAt)).toBeGreaterThanOrEqual(before - 1);
  });

  it('records nothing for an unknown case, or a GET', async () => {
    auditLog.clear();
    const missing = await call(`/api/v1${endpoints.reveal('R-ZZZZZZZ')}`, {
      token: ANALYST_TOKEN,
      method: 'POST',
    });
    expect(missing.status).toBe(404);
    const wrongMethod = await call(`/api/v1${endpoints.reveal('R-ZZZZZZZ')}`, {
      token: ANALYST_TOKEN,
    });
    expect(wrongMethod.status).toBe(404);
    expect(auditLog.entries()).toEqual([]);
  });
});

describe('around the API', () => {
  it('serves the OpenAPI document at /openapi.json', async () => {
    const answer = await call('/openapi.json');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('answers an unknown API path with 404 problem details', async () => {
    const answer = await call('/api/v1/nothing/here', { token: ANALYST_TOKEN });
    expect(answer.status).toBe(404);
    expect(answer.mediaType).toBe('application/problem+json');
  });

  it('puts Server-Timing on every API answer, refusals included', async () => {
    for (const token of [ANALYST_TOKEN, null]) {
      const answer = await call(`/api/v1${endpoints.countryBins}`, { token });
      expect(answer.headers.get('Server-Timing')).toMatch(/^app;dur=\d+\.\d+, store;dur=\d+\.\d+$/);
    }
  });

  it('serves the API under another base URL when asked', async () => {
    const callAbs = createApiCaller(
      createHandlers({ db, baseUrl: 'http://api.example/intake/v1' }),
      'http://api.example',
    );
    expect((await callAbs('/intake/v1/me', { token: ANALYST_TOKEN })).status).toBe(200);
    await expect(
      createApiCaller(
        createHandlers({ db, baseUrl: 'http://api.example/intake/v1' }),
        'http://other.example',
      )('/intake/v1/me'),
    ).rejects.toThrow(/no handler/);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endpoints } from '../../src/api/contract/endpoints.ts';
import { createIntakeDb } from '../../mocks/db/create-intake-db.ts';
import { createHandlers } from '../../mocks/handlers/create-handlers.ts';
import { ANALYST_TOKEN, partnerToken } from '../../mocks/personas.ts';
import { createApiCaller } from './support/call-api.ts';
import { expectInContract, invalidParamNames } from './support/contract-check.ts';

/**
 * Every bad parameter gets a 400 that names it — all of them at once, not the first — and no
 * input whatever makes a handler fail with a 500.
 */

const db = createIntakeDb({ size: 3000, seed: 5 });
const call = createApiCaller(createHandlers({ db }));
const partner = partnerToken(db.regions()[0]?.code ?? '154');

/** Bad values for each filter parameter (every endpoint takes them). */
const badFilters: Record<string, string[]> = {
  status: ['bogus', 'new,bogus'],
  urgency: ['URGENT'],
  indicator: ['threats,,nope'],
  from: ['2024-02-30', 'yesterday'],
  to: ['2024-13-01'],
  country: ['USA', 'G1'],
  region: ['12', 'abc'],
  tag: ['x'.repeat(51)],
  q: ['w'.repeat(201)],
  bbox: ['1,2,3', '0,10,5,-10', 'a,b,c,d', '0,0,181,1'],
  hasCoordinates: ['yes', '1'],
};

interface EndpointCase {
  op: string;
  path: string;
  /** Valid values for required parameters not under test. */
  required: Record<string, string>;
  bad: Record<string, string[]>;
}

const cases: EndpointCase[] = [
  {
    op: '/reports',
    path: endpoints.reports,
    required: {},
    bad: { sort: ['narrative', '-'], limit: ['0', '201', '1.5', '-1', 'ten'] },
  },
  {
    op: '/aggregates/timeseries',
    path: endpoints.timeseries,
    required: { interval: 'month' },
    bad: { interval: ['year', 'Day'], groupBy: ['colour'], groupLimit: ['0', '51', '2.5'] },
  },
  {
    op: '/aggregates/breakdown',
    path: endpoints.breakdown,
    required: { dimension: 'status' },
    bad: { dimension: ['narrative'], limit: ['0', '301'] },
  },
  { op: '/aggregates/geo/countries', path: endpoints.countryBins, required: {}, bad: {} },
  {
    op: '/aggregates/geo/grid',
    path: endpoints.gridBins,
    required: { cellSize: '1', extent: '-180,-90,180,90' },
    bad: { cellSize: ['3', '0', 'big'], extent: ['0,0,0', '0,91,1,92'] },
  },
  {
    op: '/export/reports.csv',
    path: endpoints.exportCsv,
    required: {},
    bad: { columns: ['password', 'id,password'], sort: ['-narrative'] },
  },
];

const badCase = fc.constantFrom(...cases).chain((c) => {
  const all = { ...badFilters, ...c.bad };
  return fc
    .subarray(Object.keys(all), { minLength: 1, maxLength: 5 })
    .chain((names) =>
      fc.tuple(
        fc.constant(c),
        fc.tuple(
          ...names.map((n) => fc.constantFrom(...(all[n] ?? []).map((v) => [n, v] as const))),
        ),
      ),
    );
});

describe('400 problem details', () => {
  it('name every offending parameter, whatever the combination', async () => {
    await fc.assert(
      fc.asyncProperty(badCase, async ([c, bad]) => {
        const query = new URLSearchParams(bad.map(([n, v]) => [n, v]));
        for (const [n, v] of Object.entries(c.required)) if (!query.has(n)) query.set(n, v);
        const answer = await call(`/api/v1${c.path}`, { token: ANALYST_TOKEN, query });
        expectInContract(c.op, 'get', answer);
        expect(answer.status).toBe(400);
        expect(invalidParamNames(answer)).toEqual([...new Set(bad.map(([n]) => n))].sort());
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['/aggregates/timeseries', endpoints.timeseries, ['interval']],
    ['/aggregates/breakdown', endpoints.breakdown, ['dimension']],
    ['/aggregates/geo/grid', endpoints.gridBins, ['cellSize', 'extent']],
  ])('names missing required parameters of %s', async (op, path, names) => {
    const answer = await call(`/api/v1${path}`, { token: ANALYST_TOKEN });
    expectInContract(op, 'get', answer);
    expect(answer.status).toBe(400);
    expect(invalidParamNames(answer)).toEqual(names);
  });

  it('names a cursor the store cannot use', async () => {
    const answer = await call('/api/v1/reports', {
      token: ANALYST_TOKEN,
      query: 'cursor=not-a-cursor',
    });
    expectInContract('/reports', 'get', answer);
    expect(answer.status).toBe(400);
    expect(invalidParamNames(answer)).toEqual(['cursor']);
  });

  it('names `to` when it is before `from`', async () => {
    const answer = await call(`/api/v1${endpoints.countryBins}`, {
      token: ANALYST_TOKEN,
      query: 'from=2025-03-01&to=2025-01-01',
    });
    expect(answer.status).toBe(400);
    expect(invalidParamNames(answer)).toEqual(['to']);
  });

  it('ignores unknown parameters', async () => {
    const answer = await call(`/api/v1${endpoints.countryBins}`, {
      token: ANALYST_TOKEN,
      query: 'utm_source=x&status=new&page=-1',
    });
    expect(answer.status).toBe(200);
  });

  it('refuses partners with 403 before looking at their parameters', async () => {
    const answer = await call('/api/v1/reports', { token: partner, query: 'limit=0&sort=bogus' });
    expectInContract('/reports', 'get', answer);
    expect(answer.status).toBe(403);
  });
});

const paramNames = [
  ...Object.keys(badFilters),
  'source',
  'platform',
  'ageBand',
  'gender',
  'interval',
  'groupBy',
  'groupLimit',
  'dimension',
  'limit',
  'cellSize',
  'extent',
  'sort',
  'cursor',
  'columns',
  'hasCoordinates',
];
const anyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ',', ' ', '-', '1e400', 'NaN', '%', '__proto__', 'constructor'),
);
const anyQuery = fc.array(
  fc.tuple(fc.oneof(fc.constantFrom(...paramNames), fc.string({ maxLength: 8 })), anyValue),
  { maxLength: 8 },
);

describe('no input crashes a handler', () => {
  it('answers any query with 200, 400 or 403, always inside the contract', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...cases),
        fc.constantFrom(ANALYST_TOKEN, partner),
        anyQuery,
        async (c, token, params) => {
          const answer = await call(`/api/v1${c.path}`, {
            token,
            query: new URLSearchParams(params),
          });
          expect([200, 400, 403]).toContain(answer.status);
          expectInContract(c.op, 'get', answer);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('answers any report id with 200 or 404', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }), async (id) => {
        const answer = await call(`/api/v1${endpoints.report(id)}`, { token: ANALYST_TOKEN });
        expect([200, 404]).toContain(answer.status);
        expectInContract('/reports/{id}', 'get', answer);
      }),
      { numRuns: 200 },
    );
  });

  it.each(['%E0%A4%A', '%', '%zz'])(
    'answers a path with bad percent-encoding (%s) with 400',
    async (id) => {
      const answer = await call(`/api/v1/reports/${id}`, { token: ANALYST_TOKEN });
      expect(answer.status).toBe(400);
      expectInContract('/reports/{id}', 'get', answer);
      expect(invalidParamNames(answer)).toEqual(['path']);
    },
  );

  it('answers any bearer token it does not know with 401', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 30 }), async (token) => {
        fc.pre(
          token.trim() !== '' &&
            !/\s/.test(token) &&
            token !== ANALYST_TOKEN &&
            !token.startsWith('demo-partner-'),
        );
        const answer = await call('/api/v1/me', { token });
        expect(answer.status).toBe(401);
        expectInContract('/me', 'get', answer);
      }),
      { numRuns: 100 },
    );
  });
});

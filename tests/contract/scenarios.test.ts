import { afterEach, describe, expect, it } from 'vitest';
import { answerFits } from '../../src/api/client/answer-check.ts';
import { getResponse } from 'msw';
import { endpoints } from '../../src/api/contract/endpoints.ts';
import { Problem } from '../../src/api/contract/common-schemas.ts';
import { Me } from '../../src/api/contract/session-schemas.ts';
import { ReportPage } from '../../src/api/contract/report-schemas.ts';
import {
  Breakdown,
  CountryBins,
  GridBins,
  TimeSeries,
} from '../../src/api/contract/aggregate-schemas.ts';
import { createIntakeDb } from '../../mocks/db/create-intake-db.ts';
import { createHandlers } from '../../mocks/handlers/create-handlers.ts';
import { violateSchema } from '../../mocks/handlers/failure-responses.ts';
import { createScenario, MockScenario } from '../../mocks/scenarios.ts';
import { ANALYST_TOKEN, partnerToken } from '../../mocks/personas.ts';
import { createApiCaller } from './support/call-api.ts';
import { expectInContract, invalidParamNames } from './support/contract-check.ts';
import { findCounts } from './support/json-walk.ts';
import { createOpenApiValidator } from './support/openapi-validator.ts';

const db = createIntakeDb({ size: 3000, seed: 9 });
const scenario = createScenario();
const handlers = createHandlers({ db, scenario });
const call = createApiCaller(handlers);
const token = ANALYST_TOKEN;
const validate = createOpenApiValidator();

const raw = (path: string, init: RequestInit = {}) =>
  getResponse(
    handlers,
    new Request(`http://intake.test${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}` },
    }),
  );

afterEach(() => {
  scenario.reset();
});

describe('failure scenarios', () => {
  it('fails the first N calls of an endpoint, then recovers', async () => {
    scenario.set({ failures: [{ endpoint: 'me', kind: 'server-error', times: 2 }] });
    const first = await call('/api/v1/me', { token });
    expect(first.status).toBe(500);
    expectInContract('/me', 'get', first);
    expect(scenario.get().failures).toEqual([{ endpoint: 'me', kind: 'server-error', times: 1 }]);
    expect((await call(`/api/v1${endpoints.metadata}`, { token })).status).toBe(200);
    expect((await call('/api/v1/me', { token })).status).toBe(500);
    expect((await call('/api/v1/me', { token })).status).toBe(200);
    expect(scenario.get().failures).toEqual([]);
  });

  it('fails every API endpoint with "*" until cleared, but never its own controls or the document', async () => {
    scenario.set({ failures: [{ endpoint: '*', kind: 'unavailable' }] });
    for (const path of [
      endpoints.me,
      endpoints.reports,
      endpoints.exportCsv,
      '/nowhere'.replace('/nowhere', endpoints.countryBins),
    ]) {
      expect((await call(`/api/v1${path}`, { token })).status).toBe(503);
    }
    expect((await call('/openapi.json')).status).toBe(200);
    expect((await call('/__mock/scenario')).status).toBe(200);
    expect((await call('/__mock/scenario', { method: 'DELETE' })).status).toBe(200);
    expect((await call('/api/v1/me', { token })).status).toBe(200);
  });

  it('rate-limits with 429 and Retry-After: 2', async () => {
    scenario.set({ failures: [{ endpoint: 'timeseries', kind: 'rate-limited' }] });
    const answer = await call(`/api/v1${endpoints.timeseries}`, { token, query: 'interval=month' });
    expect(answer.status).toBe(429);
    expect(answer.headers.get('Retry-After')).toBe('2');
    expectInContract('/aggregates/timeseries', 'get', answer);
  });

  it('fails the network', async () => {
    scenario.set({ failures: [{ endpoint: 'breakdown', kind: 'network' }] });
    const response = await raw(`/api/v1${endpoints.breakdown}?dimension=status`);
    expect(response?.type).toBe('error');
  });

  it('answers malformed JSON', async () => {
    scenario.set({ failures: [{ endpoint: 'reports', kind: 'malformed-json', times: 1 }] });
    const response = await raw('/api/v1/reports');
    expect(response?.status).toBe(200);
    const text = (await response?.text()) ?? '';
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it.each([
    ['me', endpoints.me, '', Me, 'Me'],
    ['reports', endpoints.reports, '', ReportPage, 'ReportPage'],
    ['timeseries', endpoints.timeseries, 'interval=week', TimeSeries, 'TimeSeries'],
    ['breakdown', endpoints.breakdown, 'dimension=platform', Breakdown, 'Breakdown'],
    ['countryBins', endpoints.countryBins, '', CountryBins, 'CountryBins'],
    ['gridBins', endpoints.gridBins, 'cellSize=10&extent=-180,-90,180,90', GridBins, 'GridBins'],
  ] as const)(
    'breaks the %s schema with well-formed JSON',
    async (endpoint, path, query, schema, name) => {
      scenario.set({ failures: [{ endpoint, kind: 'contract-violation' }] });
      const answer = await call(`/api/v1${path}`, { token, query });
      expect(answer.status).toBe(200);
      expect(answer.mediaType).toBe('application/json');
      expect(schema.safeParse(answer.body).success).toBe(false);
      expect(answerFits(name, answer.body)).toBe(false);
      // …and the OpenAPI validator of the contract tests sees it too: it is not vacuous.
      expect(validate(path, 'get', 200, 'application/json', answer.body).valid).toBe(false);
      scenario.reset();
      const fine = await call(`/api/v1${path}`, { token, query });
      expect(validate(path, 'get', 200, 'application/json', fine.body)).toEqual({
        valid: true,
        errors: '',
      });
    },
  );

  it('turns the first number into a string, or drops a property when there is none', () => {
    expect(violateSchema({ a: 'x', b: [{ count: 3 }], c: 4 })).toEqual({
      a: 'x',
      b: [{ count: '3' }],
      c: 4,
    });
    expect(violateSchema({ id: 'R-1', narrative: 'n' })).toEqual({ narrative: 'n' });
  });

  it('holds a request until the client gives up', async () => {
    scenario.set({ failures: [{ endpoint: 'countryBins', kind: 'timeout' }] });
    const controller = new AbortController();
    let settled = false;
    const pending = getResponse(
      handlers,
      new Request(`http://intake.test/api/v1${endpoints.countryBins}`, {
        headers: { Authorization: `Bearer ${token}` },
        signal: controller.signal,
      }),
    ).finally(() => {
      settled = true;
    });
    await new Promise((r) => setTimeout(r, 150));
    expect(settled).toBe(false);
    controller.abort();
    expect((await pending)?.type).toBe('error');
  });

  it('adds latency to every answer', async () => {
    scenario.set({ latencyMs: 120 });
    const started = performance.now();
    expect((await call('/api/v1/me', { token })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('answers as an empty store: every count 0, every list empty', async () => {
    scenario.set({ empty: true });
    const q = 'from=2025-01-01&to=2025-03-31';
    const answers = {
      list: await call('/api/v1/reports', { token }),
      series: await call(`/api/v1${endpoints.timeseries}`, {
        token,
        query: `${q}&interval=month&groupBy=status`,
      }),
      breakdown: await call(`/api/v1${endpoints.breakdown}`, { token, query: 'dimension=country' }),
      countries: await call(`/api/v1${endpoints.countryBins}`, { token: partnerToken('154') }),
      grid: await call(`/api/v1${endpoints.gridBins}`, {
        token,
        query: 'cellSize=1&extent=-180,-90,180,90',
      }),
      csv: await call(`/api/v1${endpoints.exportCsv}`, { token, query: 'columns=id,status' }),
    };
    expect(ReportPage.parse(answers.list.body)).toEqual({ items: [], total: 0, nextCursor: null });
    const series = TimeSeries.parse(answers.series.body);
    expect(series.buckets.length).toBe(3);
    for (const a of [answers.series, answers.breakdown, answers.countries, answers.grid]) {
      expect(a.status).toBe(200);
      const counts = findCounts(a.body);
      expect(counts.length).toBeGreaterThan(0);
      for (const c of counts) expect(c).toEqual({ count: 0, suppressed: false });
    }
    expect(CountryBins.parse(answers.countries.body).items.every((i) => i.count.count === 0)).toBe(
      true,
    );
    expect(GridBins.parse(answers.grid.body).cells).toEqual([]);
    expect(answers.csv.text).toBe('id,status\r\n');
  });
});

describe('/__mock/scenario', () => {
  it('replaces the scenario with PUT, shows it with GET, resets it with DELETE', async () => {
    const body = JSON.stringify({
      latencyMs: 5,
      failures: [{ endpoint: 'me', kind: 'timeout', times: 3 }],
    });
    const put = await call('/__mock/scenario', { method: 'PUT', body });
    expect(put.status).toBe(200);
    const expected = {
      latencyMs: 5,
      failures: [{ endpoint: 'me', kind: 'timeout', times: 3 }],
      empty: false,
    };
    expect(MockScenario.parse(put.body)).toEqual(expected);
    expect((await call('/__mock/scenario')).body).toEqual(expected);
    expect((await call('/__mock/scenario', { method: 'DELETE' })).body).toEqual({
      latencyMs: 0,
      failures: [],
      empty: false,
    });
    expect(scenario.get().failures).toEqual([]);
  });

  it.each([
    ['not json', ['body']],
    ['{"latencyMs": -1}', ['body.latencyMs']],
    ['{"failures": [{"endpoint": "nope", "kind": "network"}]}', ['body.failures.0.endpoint']],
    [
      '{"failures": [{"endpoint": "me", "kind": "boom", "times": 0}]}',
      ['body.failures.0.kind', 'body.failures.0.times'],
    ],
    ['{"empty": "yes", "extra": 1}', ['body', 'body.empty']],
  ])('refuses %s with 400 naming %j, and keeps the scenario', async (body, names) => {
    scenario.set({ latencyMs: 1 });
    const answer = await call('/__mock/scenario', { method: 'PUT', body });
    expect(answer.status).toBe(400);
    Problem.parse(answer.body);
    expect(invalidParamNames(answer)).toEqual(names);
    expect(scenario.get().latencyMs).toBe(1);
  });
});

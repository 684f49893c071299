import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../src/api/contract/openapi.ts';
import { endpoints } from '../../src/api/contract/endpoints.ts';
import { Problem } from '../../src/api/contract/common-schemas.ts';
import { Me } from '../../src/api/contract/session-schemas.ts';
import { CountryBins } from '../../src/api/contract/aggregate-schemas.ts';
import { exportColumns } from '../../src/api/contract/export-columns.ts';
import { ANALYST_TOKEN } from '../../mocks/personas.ts';
import { readMockApiEnv, startMockApi } from '../../mocks/http-server.ts';
import { startedMockApi } from './started-mock-api.ts';
import { parseCsv } from '../contract/support/parse-csv.ts';

/** The mocked intake API over real HTTP: what the e2e tests and the benchmark talk to. */

const mockApi = startedMockApi();
const auth = { Authorization: `Bearer ${ANALYST_TOKEN}` };
const setScenario = (scenario: object) =>
  fetch(`${mockApi().url}/__mock/scenario`, { method: 'PUT', body: JSON.stringify(scenario) });

describe('HTTP mock server', () => {
  it('listens on the port it chose', () => {
    expect(mockApi().port).toBeGreaterThan(0);
    expect(mockApi().url).toBe(`http://127.0.0.1:${mockApi().port}`);
    expect(mockApi().apiUrl).toBe(`${mockApi().url}/api/v1`);
    expect(mockApi().db.size).toBe(3000);
  });

  it('serves the OpenAPI document', async () => {
    const response = await fetch(`${mockApi().url}/openapi.json`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('answers /me with a token, and 401 problem details without', async () => {
    const me = await fetch(`${mockApi().apiUrl}${endpoints.me}`, { headers: auth });
    expect(me.status).toBe(200);
    expect(Me.parse(await me.json()).role).toBe('analyst');
    expect(me.headers.get('server-timing')).toMatch(/^app;dur=/);

    const anonymous = await fetch(`${mockApi().apiUrl}${endpoints.me}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toBe('application/problem+json');
    expect(Problem.parse(await anonymous.json()).status).toBe(401);
  });

  it("adds the server's whole time on a request to Server-Timing, the handler's within it", async () => {
    const timing = async (init: RequestInit, path: string = endpoints.me) => {
      const value = (await fetch(`${mockApi().apiUrl}${path}`, init)).headers.get('server-timing');
      return Object.fromEntries(
        (value ?? '').split(', ').map((entry) => {
          const [name, dur] = entry.split(';dur=');
          return [name, Number(dur)];
        }),
      );
    };
    const answered = await timing({ headers: auth });
    expect(Object.keys(answered)).toEqual(['app', 'store', 'total']);
    expect(answered.total).toBeGreaterThanOrEqual(answered.app!);
    // A refusal and an unknown path carry it too.
    expect(Object.keys(await timing({}))).toContain('total');
    expect(Object.keys(await timing({ headers: auth }, '/no-such-thing'))).toContain('total');
  });

  it('answers a CORS preflight from a local preview server', async () => {
    const response = await fetch(`${mockApi().apiUrl}${endpoints.me}`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:4173',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4173');
    expect(response.headers.get('access-control-allow-headers')).toBe(
      'authorization, content-type',
    );
  });

  it('allows local origins on any port and listed ones, never others', async () => {
    const originOf = async (origin: string) =>
      (await fetch(`${mockApi().apiUrl}${endpoints.me}`, { headers: { ...auth, Origin: origin } }))
        .headers;
    const local = await originOf('http://localhost:5173');
    expect(local.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(local.get('access-control-expose-headers')).toBe(
      'server-timing, retry-after, content-disposition',
    );
    expect((await originOf('https://evil.example')).get('access-control-allow-origin')).toBeNull();
    expect(
      (await originOf('http://localhost.evil.example')).get('access-control-allow-origin'),
    ).toBeNull();

    const listed = await startMockApi({
      port: 0,
      reports: 100,
      allowedOrigins: ['https://dash.example.org'],
    });
    try {
      const h = (
        await fetch(`${listed.apiUrl}/me`, {
          headers: { ...auth, Origin: 'https://dash.example.org' },
        })
      ).headers;
      expect(h.get('access-control-allow-origin')).toBe('https://dash.example.org');
    } finally {
      await listed.close();
    }
  });

  it('streams the CSV export', async () => {
    const response = await fetch(`${mockApi().apiUrl}${endpoints.exportCsv}`, { headers: auth });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="reports-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    // Streamed, so no length is known up front.
    expect(response.headers.get('content-length')).toBeNull();
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual([...exportColumns]);
    expect(rows.length).toBe(3000);
    expect(new Set(rows.map((r) => r[0])).size).toBe(3000);
  });

  it('stops pulling rows when the client leaves mid-export', async () => {
    const controller = new AbortController();
    const response = await fetch(`${mockApi().apiUrl}${endpoints.exportCsv}`, {
      headers: auth,
      signal: controller.signal,
    });
    const reader = response.body?.getReader();
    await reader?.read();
    controller.abort();
    await expect(reader?.read()).rejects.toThrow();
    // The server is still fine afterwards.
    expect((await fetch(`${mockApi().apiUrl}${endpoints.me}`, { headers: auth })).status).toBe(200);
  });

  it('answers 404 problem details off the API', async () => {
    const response = await fetch(`${mockApi().url}/nothing`);
    expect(response.status).toBe(404);
    expect(Problem.parse(await response.json()).status).toBe(404);
  });
});

describe('HTTP mock server scenarios', () => {
  it('fails once with 500, then recovers', async () => {
    expect(
      (
        await setScenario({
          failures: [{ endpoint: 'countryBins', kind: 'server-error', times: 1 }],
        })
      ).status,
    ).toBe(200);
    const failed = await fetch(`${mockApi().apiUrl}${endpoints.countryBins}`, { headers: auth });
    expect(failed.status).toBe(500);
    expect(Problem.parse(await failed.json()).status).toBe(500);
    const recovered = await fetch(`${mockApi().apiUrl}${endpoints.countryBins}`, { headers: auth });
    expect(recovered.status).toBe(200);
    CountryBins.parse(await recovered.json());
  });

  it('says when to retry after a 429, and lets a browser read it', async () => {
    await setScenario({ failures: [{ endpoint: '*', kind: 'rate-limited' }] });
    const response = await fetch(`${mockApi().apiUrl}${endpoints.me}`, {
      headers: { ...auth, Origin: 'http://localhost:5173' },
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.headers.get('access-control-expose-headers')).toContain('retry-after');
  });

  it('sends malformed JSON', async () => {
    await setScenario({ failures: [{ endpoint: 'metadata', kind: 'malformed-json' }] });
    const response = await fetch(`${mockApi().apiUrl}${endpoints.metadata}`, { headers: auth });
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow(SyntaxError);
  });

  it('drops the connection on a network failure', async () => {
    await setScenario({ failures: [{ endpoint: 'me', kind: 'network' }] });
    await expect(fetch(`${mockApi().apiUrl}${endpoints.me}`, { headers: auth })).rejects.toThrow(
      TypeError,
    );
  });

  it('holds the request until the client gives up', async () => {
    await setScenario({ failures: [{ endpoint: 'me', kind: 'timeout', times: 1 }] });
    const started = performance.now();
    await expect(
      fetch(`${mockApi().apiUrl}${endpoints.me}`, {
        headers: auth,
        signal: AbortSignal.timeout(300),
      }),
    ).rejects.toThrow(/timeout|abort/i);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect((await fetch(`${mockApi().apiUrl}${endpoints.me}`, { headers: auth })).status).toBe(200);
  });

  it('refuses a bad scenario with 400', async () => {
    const response = await setScenario({ failures: [{ endpoint: 'me', kind: 'meltdown' }] });
    expect(response.status).toBe(400);
    expect(Problem.parse(await response.json()).invalidParams?.[0]?.name).toBe(
      'body.failures.0.kind',
    );
  });

  it('starts with the scenario given', async () => {
    const failing = await startMockApi({
      port: 0,
      reports: 100,
      scenario: { failures: [{ endpoint: 'me', kind: 'unavailable' }] },
    });
    try {
      expect((await fetch(`${failing.apiUrl}/me`, { headers: auth })).status).toBe(503);
    } finally {
      await failing.close();
    }
  });
});

describe('readMockApiEnv', () => {
  it('reads the defaults and the variables', () => {
    expect(readMockApiEnv({})).toEqual({
      port: 8787,
      reports: 20000,
      seed: 42,
      allowedOrigins: [],
    });
    expect(
      readMockApiEnv({
        MOCK_API_PORT: '0',
        MOCK_REPORTS: '5000',
        MOCK_SEED: '7',
        MOCK_ALLOWED_ORIGINS: 'https://a.example, https://b.example',
        MOCK_SCENARIO: '{"empty": true}',
        MOCK_SUPPRESSION_THRESHOLD: '5',
      }),
    ).toEqual({
      port: 0,
      reports: 5000,
      seed: 7,
      allowedOrigins: ['https://a.example', 'https://b.example'],
      scenario: { latencyMs: 0, failures: [], empty: true },
      suppressionThreshold: 5,
    });
  });

  it.each([
    { MOCK_API_PORT: 'http' },
    { MOCK_SCENARIO: '{"latencyMs": "slow"}' },
    { MOCK_SCENARIO: '{' },
  ])('refuses %j', (env) => {
    expect(() => readMockApiEnv(env)).toThrow();
  });
});

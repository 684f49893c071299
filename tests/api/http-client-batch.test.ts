import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { apiGet, configureApiClient } from '../../src/api/client/http-client.ts';
import { BatchRequest } from '../../src/api/contract/batch-schemas.ts';

/**
 * The client with batching on reads every answer exactly as it reads the same answer to a
 * lone GET: the same data, or the same ApiError (kind, message, status, Retry-After). The
 * server below answers lone GETs and batches from one table of canned answers.
 */

const BASE = 'http://api.test/api/v1';
const twelve = { count: 12, suppressed: false };
const breakdown = {
  dimension: 'urgency',
  items: [{ key: 'high', label: 'High', count: twelve }],
  total: twelve,
  withoutCoordinates: { count: 0, suppressed: false },
};
const problem = (status: number) => JSON.stringify({ type: 'about:blank', title: 'x', status });

interface Canned {
  status: number;
  headers: Record<string, string>;
  body: string;
}
const json = (body: unknown): Canned => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const failure = (status: number, headers: Record<string, string> = {}): Canned => ({
  status,
  headers: { 'content-type': 'application/problem+json', ...headers },
  body: problem(status),
});

const canned: Record<string, Canned> = {
  ok: json(breakdown),
  'not-the-contract': json({ ...breakdown, total: 'twelve' }),
  'malformed-json': { status: 200, headers: { 'content-type': 'application/json' }, body: '{"to' },
  'server-error': failure(500),
  unavailable: failure(503, { 'retry-after': '30' }),
  'rate-limited': failure(429, { 'retry-after': '2' }),
  'not-found': failure(404),
  forbidden: failure(403),
};
const caseOf = (url: URL) => url.searchParams.get('case') ?? 'ok';
const asResponse = (c: Canned) =>
  new HttpResponse(c.body, { status: c.status, headers: c.headers });

const batches: string[][] = [];
const server = setupServer(
  http.get(`${BASE}/aggregates/breakdown`, ({ request }) =>
    asResponse(canned[caseOf(new URL(request.url))]!),
  ),
  http.post(`${BASE}/batch`, async ({ request }) => {
    const { requests } = BatchRequest.parse(await request.json());
    batches.push(requests.map((r) => r.path));
    return HttpResponse.json({
      responses: requests.map((r) => canned[caseOf(new URL(r.path, BASE))]!),
    });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  batches.length = 0;
});
afterAll(() => server.close());

function configure(batch: boolean) {
  configureApiClient({ baseUrl: BASE, getToken: () => 'demo-analyst', timeoutMs: 20_000, batch });
}

/** Every canned answer asked for at once; each outcome as data or as its error's fields. */
async function askAll(batch: boolean) {
  configure(batch);
  const names = Object.keys(canned);
  const outcomes = await Promise.allSettled(
    names.map((name) =>
      apiGet('/aggregates/breakdown', {
        schema: 'Breakdown',
        params: { dimension: 'urgency', case: name },
      }),
    ),
  );
  return Object.fromEntries(
    outcomes.map((o, i) => [
      names[i],
      o.status === 'fulfilled'
        ? { data: o.value }
        : { error: { ...(o.reason as object), message: (o.reason as Error).message } },
    ]),
  );
}

describe('the HTTP client with batching', () => {
  it('reads each answer in a batch as it reads the same answer alone', async () => {
    const alone = await askAll(false);
    expect(batches).toEqual([]);
    const batched = await askAll(true);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(Object.keys(canned).length);
    expect(batched).toEqual(alone);
    // And they are the outcomes users are shown.
    expect(batched.ok).toEqual({ data: breakdown });
    expect(batched['rate-limited']).toMatchObject({
      error: { kind: 'rate-limited', retryAfterSeconds: 2, endpoint: 'GET /aggregates/breakdown' },
    });
    expect(batched['malformed-json']).toMatchObject({
      error: { kind: 'contract', message: expect.stringMatching(/not valid JSON/) },
    });
    expect(batched['not-the-contract']).toMatchObject({
      error: { kind: 'contract', field: 'total' },
    });
  });

  it.each([
    {
      what: 'refused, as each would have been refused',
      answer: () => asResponse(failure(401)),
      reason: { kind: 'unauthorized', status: 401 },
    },
    {
      what: 'never answered: the API could not be reached',
      answer: () => HttpResponse.error(),
      reason: { kind: 'network', message: expect.stringMatching(/Could not reach the intake API/) },
    },
  ])('fails every request in a batch $what', async ({ answer, reason }) => {
    server.use(http.post(`${BASE}/batch`, answer));
    configure(true);
    const outcomes = await Promise.allSettled([
      apiGet('/aggregates/breakdown', { schema: 'Breakdown', params: { dimension: 'urgency' } }),
      apiGet('/aggregates/breakdown', { schema: 'Breakdown', params: { dimension: 'setting' } }),
    ]);
    for (const o of outcomes) expect(o).toMatchObject({ status: 'rejected', reason });
  });
});

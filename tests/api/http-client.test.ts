import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { apiGet, apiPost, configureApiClient } from '../../src/api/client/http-client.ts';
import { ApiError, formatIssuePath, parseRetryAfter } from '../../src/api/client/api-error.ts';

const BASE = 'http://api.test/api/v1';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let token: string | null = 'demo-analyst';
beforeEach(() => {
  token = 'demo-analyst';
  configureApiClient({ baseUrl: BASE, getToken: () => token, timeoutMs: 20_000 });
});

const me = {
  role: 'analyst',
  displayName: 'Demo analyst',
  organisation: 'Intake team',
  scope: { kind: 'all' },
  suppressionThreshold: 11,
};
const problem = (status: number, extra: object = {}) =>
  HttpResponse.json(
    { type: 'about:blank', title: 'x', status, ...extra },
    {
      status,
      headers: { 'Content-Type': 'application/problem+json' },
    },
  );

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('apiGet', () => {
  it('sends the bearer token and params, and returns parsed data', async () => {
    let seen: Request | undefined;
    server.use(
      http.get(`${BASE}/me`, ({ request }) => {
        seen = request;
        return HttpResponse.json(me);
      }),
    );
    const data = await apiGet('/me', {
      schema: 'Me',
      params: { a: 'x', list: ['b', 'c'], none: undefined },
    });
    expect(data.displayName).toBe('Demo analyst');
    expect(seen?.headers.get('Authorization')).toBe('Bearer demo-analyst');
    expect(new URL(seen!.url).search).toBe('?a=x&list=b%2Cc');
  });

  it('sends no Authorization header without a token', async () => {
    token = null;
    let auth: string | null = 'unset';
    server.use(
      http.get(`${BASE}/me`, ({ request }) => {
        auth = request.headers.get('Authorization');
        return HttpResponse.json(me);
      }),
    );
    await apiGet('/me', { schema: 'Me' });
    expect(auth).toBeNull();
  });

  it.each([
    [401, 'unauthorized', /sign in again/i],
    [403, 'forbidden', /not allowed to see this/i],
    [404, 'not-found', /not found/i],
    [500, 'server', /failed \(error 500\)/],
    [502, 'server', /error 502/],
  ] as const)('turns %i into %s with a readable message', async (status, kind, message) => {
    server.use(http.get(`${BASE}/me`, () => problem(status)));
    const error = await failure(apiGet('/me', { schema: 'Me' }));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    expect(error.message).toMatch(message);
    expect(error.endpoint).toBe('GET /me');
    expect(error.problem?.status).toBe(status);
  });

  it('names the offending parameters of a 400', async () => {
    server.use(
      http.get(`${BASE}/me`, () =>
        problem(400, { invalidParams: [{ name: 'urgency', reason: '"x" is not a known value' }] }),
      ),
    );
    const error = await failure(apiGet('/me', { schema: 'Me' }));
    expect(error.kind).toBe('bad-request');
    expect(error.message).toContain('urgency: "x" is not a known value');
  });

  it('reads Retry-After on 429 and says when to try again', async () => {
    server.use(
      http.get(`${BASE}/me`, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Too Many Requests', status: 429 },
          {
            status: 429,
            headers: { 'Retry-After': '30' },
          },
        ),
      ),
    );
    const error = await failure(apiGet('/me', { schema: 'Me' }));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterSeconds).toBe(30);
    expect(error.message).toBe('Too many requests to the intake API. Try again in 30 seconds.');
  });

  it('survives an error with a body that is not problem details', async () => {
    server.use(
      http.get(`${BASE}/me`, () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })),
    );
    const error = await failure(apiGet('/me', { schema: 'Me' }));
    expect(error.kind).toBe('server');
    expect(error.problem).toBeUndefined();
  });

  it('reports a network failure', async () => {
    server.use(http.get(`${BASE}/me`, () => HttpResponse.error()));
    const error = await failure(apiGet('/me', { schema: 'Me' }));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/could not reach the intake api/i);
  });

  it('gives up after the timeout', async () => {
    configureApiClient({ timeoutMs: 50 });
    server.use(
      http.get(`${BASE}/me`, async () => {
        await delay('infinite');
        return HttpResponse.json(me);
      }),
    );
    const error = await failure(apiGet('/me', { schema: 'Me' }));
    expect(error.kind).toBe('timeout');
  });

  it('rejects with the caller’s AbortError when the caller cancels, not an ApiError', async () => {
    server.use(
      http.get(`${BASE}/me`, async () => {
        await delay('infinite');
        return HttpResponse.json(me);
      }),
    );
    const controller = new AbortController();
    const pending = apiGet('/me', { schema: 'Me', signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('reports malformed JSON on a 200 as a contract break', async () => {
    server.use(
      http.get(
        `${BASE}/me`,
        () =>
          new HttpResponse('{"items": [', {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
          }),
      ),
    );
    const error = await failure(apiGet('/me', { schema: 'Me' }));
    expect(error.kind).toBe('contract');
    expect(error.message).toContain('GET /me: the response was not valid JSON');
  });

  it('names the endpoint and the field that broke the contract', async () => {
    const breakdown = {
      dimension: 'urgency',
      items: [
        { key: 'high', label: 'High', count: { count: 3, suppressed: false } },
        { key: 'low', label: 'Low', count: { count: '4', suppressed: false } },
      ],
      total: { count: 7, suppressed: false },
      withoutCoordinates: { count: 0, suppressed: false },
    };
    server.use(http.get(`${BASE}/aggregates/breakdown`, () => HttpResponse.json(breakdown)));
    const error = await failure(apiGet('/aggregates/breakdown', { schema: 'Breakdown' }));
    expect(error.kind).toBe('contract');
    expect(error.endpoint).toBe('GET /aggregates/breakdown');
    expect(error.field).toBe('items[1].count.count');
    expect(error.message).toContain('GET /aggregates/breakdown: field items[1].count.count');
  });
});

describe('apiPost', () => {
  it('posts JSON and parses the answer', async () => {
    server.use(
      http.post(`${BASE}/reports/r1/reveal`, async ({ request }) =>
        HttpResponse.json({
          id: 'r1',
          narrative: JSON.stringify(await request.json()),
          revealedAt: '2026-11-28T10:00:00Z',
          auditId: 'a1',
        }),
      ),
    );
    const data = await apiPost('/reports/r1/reveal', { schema: 'Reveal', body: { a: 1 } });
    expect(data.narrative).toBe('{"a":1}');
  });
});

describe('helpers', () => {
  it('formats zod paths', () => {
    expect(formatIssuePath(['items', 3, 'urgency'])).toBe('items[3].urgency');
    expect(formatIssuePath([])).toBe('(the whole response)');
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter(new Date(10_000 + 5_000).toUTCString(), 10_000)).toBe(5);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

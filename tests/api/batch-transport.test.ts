import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBatchTransport, type ApiAnswer } from '../../src/api/client/batch-transport.ts';
import { ApiError } from '../../src/api/client/api-error.ts';

/**
 * The batching transport on its own, against a fetch that records what was sent: which
 * GETs share a POST /batch, and how each caller gets its own answer, failure or
 * cancellation back.
 */

const BASE = 'http://api.test/api/v1';
const urlOf = (path: string) => new URL(`${BASE}${path}`);
const analyst = { Accept: 'application/json', Authorization: 'Bearer demo-analyst' };

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  paths: string[];
  signal: AbortSignal;
}

/** A fetch that answers each batch with one 200 per path (body: the path), unless told otherwise. */
function fakeFetch(answer?: (sent: Sent) => Promise<Response> | Response) {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const body = init?.body
      ? (JSON.parse(String(init.body)) as { requests: { path: string }[] })
      : null;
    const s: Sent = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: init?.headers as Record<string, string>,
      paths: body ? body.requests.map((r) => r.path) : [],
      signal: init!.signal!,
    };
    sent.push(s);
    if (answer) return answer(s);
    if (s.method === 'GET') return new Response(`lone ${s.url}`, { status: 200 });
    return Response.json({
      responses: s.paths.map((p) => ({
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ path: p }),
      })),
    });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, sent };
}

const get = (path: string, headers = analyst, signal = new AbortController().signal) => ({
  path,
  headers,
  signal,
});

afterEach(() => vi.useRealTimers());

const json = async (answer: ApiAnswer): Promise<unknown> => JSON.parse(await answer.text());

describe('createBatchTransport', () => {
  it('sends the GETs asked for in one task as one POST /batch, and gives each its own answer', async () => {
    const { fetch, sent } = fakeFetch();
    const batchedGet = createBatchTransport({ urlOf, fetch });
    const paths = [
      '/aggregates/geo/countries',
      '/aggregates/breakdown?dimension=urgency',
      '/aggregates/timeseries?interval=week',
    ];
    const answers = await Promise.all(paths.map((p) => batchedGet(get(p))));

    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ url: `${BASE}/batch`, method: 'POST', paths });
    expect(sent[0]!.headers).toMatchObject({ ...analyst, 'Content-Type': 'application/json' });
    expect(await Promise.all(answers.map(json))).toEqual(paths.map((path) => ({ path })));
  });

  it('sends a GET alone in its task as itself', async () => {
    const { fetch, sent } = fakeFetch();
    const batchedGet = createBatchTransport({ urlOf, fetch });
    const answer = await batchedGet(get('/metadata'));
    expect(sent).toEqual([expect.objectContaining({ url: `${BASE}/metadata`, method: 'GET' })]);
    expect(await answer.text()).toBe(`lone ${BASE}/metadata`);
    // The next task starts a new batch.
    await Promise.all([batchedGet(get('/aggregates/geo/countries')), batchedGet(get('/metadata'))]);
    expect(sent.map((s) => s.method)).toEqual(['GET', 'POST']);
  });

  it('never mixes callers with different headers (a persona switched mid-flight)', async () => {
    const { fetch, sent } = fakeFetch();
    const batchedGet = createBatchTransport({ urlOf, fetch });
    const partner = { ...analyst, Authorization: 'Bearer demo-partner-154' };
    await Promise.all([
      batchedGet(get('/aggregates/geo/countries')),
      batchedGet(get('/aggregates/geo/countries', partner)),
      batchedGet(get('/metadata')),
      batchedGet(get('/metadata', partner)),
    ]);
    expect(sent.map((s) => [s.headers.Authorization, s.paths])).toEqual([
      ['Bearer demo-analyst', ['/aggregates/geo/countries', '/metadata']],
      ['Bearer demo-partner-154', ['/aggregates/geo/countries', '/metadata']],
    ]);
  });

  it('splits more than twenty requests into batches of at most twenty (one left over goes alone)', async () => {
    const { fetch, sent } = fakeFetch();
    const batchedGet = createBatchTransport({ urlOf, fetch });
    const paths = Array.from({ length: 41 }, (_, i) => `/reports/R-${i}`);
    const answers = await Promise.all(paths.map((p) => batchedGet(get(p))));
    expect(sent.map((s) => s.paths.length || s.method)).toEqual([20, 20, 'GET']);
    expect(await answers[40]!.text()).toBe(`lone ${BASE}/reports/R-40`);
    expect(await json(answers[21]!)).toEqual({ path: '/reports/R-21' });
  });

  it('gives each caller its status, body and Retry-After', async () => {
    const { fetch } = fakeFetch(({ paths }) =>
      Response.json({
        responses: paths.map((p, i) =>
          i === 0
            ? { status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":1}' }
            : {
                status: 429,
                headers: { 'content-type': 'application/problem+json', 'retry-after': '2' },
                body: `{"status":429,"title":"${p}"}`,
              },
        ),
      }),
    );
    const batchedGet = createBatchTransport({ urlOf, fetch });
    const [ok, limited] = await Promise.all([
      batchedGet(get('/aggregates/geo/countries')),
      batchedGet(get('/metadata')),
    ]);
    expect([ok!.status, await ok!.text()]).toEqual([200, '{"ok":1}']);
    expect(limited!.status).toBe(429);
    expect(limited!.headers.get('Retry-After')).toBe('2');
    expect(await json(limited!)).toEqual({ status: 429, title: '/metadata' });
  });

  it('fails every caller as the batch failed: refused, unreachable or unreadable', async () => {
    const refused = fakeFetch(
      () =>
        new Response('{"status":401}', { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } }),
    );
    let batchedGet = createBatchTransport({ urlOf, fetch: refused.fetch });
    const answers = await Promise.all([
      batchedGet(get('/aggregates/geo/countries')),
      batchedGet(get('/metadata')),
    ]);
    expect(answers.map((a) => a.status)).toEqual([401, 401]);
    expect(await answers[1]!.text()).toBe('{"status":401}');

    const down = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    batchedGet = createBatchTransport({ urlOf, fetch: down.fetch });
    const outcomes = await Promise.allSettled([
      batchedGet(get('/aggregates/geo/countries')),
      batchedGet(get('/metadata')),
    ]);
    expect(outcomes.map((o) => o.status === 'rejected' && String(o.reason))).toEqual([
      'TypeError: Failed to fetch',
      'TypeError: Failed to fetch',
    ]);

    for (const body of [
      'not json',
      '{"responses":[]}',
      '{"answers":[]}',
      // An informational status is no answer (and no Response can be built with one).
      JSON.stringify({ responses: [1, 2].map(() => ({ status: 103, headers: {}, body: '' })) }),
    ]) {
      const broken = fakeFetch(() => new Response(body, { status: 200 }));
      batchedGet = createBatchTransport({ urlOf, fetch: broken.fetch });
      const errors = await Promise.allSettled([
        batchedGet(get('/aggregates/geo/countries')),
        batchedGet(get('/metadata')),
      ]);
      for (const e of errors) {
        expect(e.status).toBe('rejected');
        const reason = (e as PromiseRejectedResult).reason as ApiError;
        expect(reason).toBeInstanceOf(ApiError);
        expect(reason).toMatchObject({ kind: 'contract', endpoint: 'POST /batch' });
        expect(reason.message).toMatch(/cannot read \(POST \/batch: /);
      }
    }
  });

  it('reads each answer as a Response reads: any header name, no body for a 204', async () => {
    // Sub-answers are not built as fetch Responses (see ApiAnswer), so nothing refuses a
    // header name a Response would not take, and the others are read as ever.
    const { fetch } = fakeFetch(() =>
      Response.json({
        responses: [
          { status: 200, headers: { 'odd header': 'x', 'Retry-After': '3' }, body: '{}' },
          { status: 204, headers: {}, body: 'ignored' },
          { status: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":1}' },
        ],
      }),
    );
    const batchedGet = createBatchTransport({ urlOf, fetch });
    const [odd, empty, fine] = await Promise.all([
      batchedGet(get('/metadata')),
      batchedGet(get('/reports/R-1')),
      batchedGet(get('/aggregates/geo/countries')),
    ]);
    expect([odd!.ok, odd!.headers.get('odd header'), odd!.headers.get('retry-after')]).toEqual([
      true,
      'x',
      '3',
    ]);
    expect([empty!.ok, empty!.status, await empty!.text()]).toEqual([true, 204, '']);
    expect(await json(fine!)).toEqual({ ok: 1 });
  });

  it('lets one caller go at once, and cancels the batch only when every caller has gone', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const { fetch, sent } = fakeFetch(async ({ paths, signal }) => {
      await Promise.race([held, new Promise((r) => signal.addEventListener('abort', r))]);
      signal.throwIfAborted();
      return Response.json({
        responses: paths.map(() => ({ status: 200, headers: {}, body: '"late"' })),
      });
    });
    const batchedGet = createBatchTransport({ urlOf, fetch });
    const a = new AbortController();
    const b = new AbortController();
    const first = batchedGet(get('/aggregates/geo/countries', analyst, a.signal));
    const second = batchedGet(get('/metadata', analyst, b.signal));
    await vi.waitFor(() => expect(sent).toHaveLength(1));

    a.abort();
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(sent[0]!.signal.aborted).toBe(false);
    b.abort();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    expect(sent[0]!.signal.aborted).toBe(true);
    release();

    // Cancelled before it was sent: nothing goes out for it.
    const c = new AbortController();
    const gone = batchedGet(get('/aggregates/geo/countries', analyst, c.signal));
    c.abort();
    await expect(gone).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((r) => setTimeout(r, 5));
    expect(sent).toHaveLength(1);
  });
});

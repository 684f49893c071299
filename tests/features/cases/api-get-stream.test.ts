import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiGetStream, configureApiClient } from '../../../src/api/client/http-client.ts';
import { ApiError } from '../../../src/api/client/api-error.ts';

/** The client's streamed GET, used by the CSV export: the client's rules, the body unread. */

const BASE = 'http://api.test/api/v1';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() =>
  configureApiClient({ baseUrl: BASE, getToken: () => 'demo-analyst', timeoutMs: 200 }),
);

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
}

/** A body that sends one chunk, then another after `ms`. */
function slowBody(ms: number): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let sent = 0;
  return new ReadableStream({
    async pull(controller) {
      if (sent === 2) return controller.close();
      if (sent === 1) await delay(ms);
      controller.enqueue(encoder.encode(sent === 0 ? 'id\r\n' : 'R-1\r\n'));
      sent++;
    },
  });
}

describe('apiGetStream', () => {
  it('sends the token and params to the base URL, and returns the body unread', async () => {
    let seen: Request | undefined;
    server.use(
      http.get(`${BASE}/export/reports.csv`, ({ request }) => {
        seen = request;
        return new HttpResponse('id\r\nR-1\r\n', { headers: { 'Content-Type': 'text/csv' } });
      }),
    );
    const response = await apiGetStream('/export/reports.csv', {
      params: new URLSearchParams({ status: 'new', columns: 'id' }),
      accept: 'text/csv',
    });
    expect(seen?.headers.get('Authorization')).toBe('Bearer demo-analyst');
    expect(seen?.headers.get('Accept')).toBe('text/csv');
    expect(new URL(seen!.url).search).toBe('?status=new&columns=id');
    expect(response.bodyUsed).toBe(false);
    expect(await response.text()).toBe('id\r\nR-1\r\n');
  });

  it('turns a non-2xx answer into the one ApiError', async () => {
    server.use(
      http.get(`${BASE}/export/reports.csv`, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'x', status: 403 },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const error = await failure(apiGetStream('/export/reports.csv'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'forbidden',
      status: 403,
      endpoint: 'GET /export/reports.csv',
    });
  });

  it('times out waiting for the answer, but not while the body streams', async () => {
    server.use(
      http.get(`${BASE}/slow-headers`, async () => {
        await delay(1000);
        return new HttpResponse('late');
      }),
      http.get(`${BASE}/slow-body`, () => new HttpResponse(slowBody(400))),
    );
    const error = await failure(apiGetStream('/slow-headers'));
    expect(error).toMatchObject({ kind: 'timeout' });
    // The body takes twice the timeout to finish: it still arrives whole.
    const response = await apiGetStream('/slow-body');
    expect(await response.text()).toBe('id\r\nR-1\r\n');
  });

  it('rejects with the caller\u2019s own abort, not an ApiError', async () => {
    server.use(
      http.get(`${BASE}/export/reports.csv`, async () => {
        await delay(1000);
        return new HttpResponse('late');
      }),
    );
    const controller = new AbortController();
    const pending = apiGetStream('/export/reports.csv', { signal: controller.signal });
    controller.abort();
    const error = await failure(pending);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('says so when the API cannot be reached', async () => {
    server.use(http.get(`${BASE}/export/reports.csv`, () => HttpResponse.error()));
    const error = await failure(apiGetStream('/export/reports.csv'));
    expect(error).toMatchObject({ kind: 'network' });
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { getResponse } from 'msw';
import { endpoints } from '../../src/api/contract/endpoints.ts';
import { BatchResponse } from '../../src/api/contract/batch-schemas.ts';
import { BATCH_ANSWER_HEADERS, BATCH_MAX_REQUESTS } from '../../src/api/contract/batch-rules.ts';
import { createIntakeDb } from '../../mocks/db/create-intake-db.ts';
import { createHandlers } from '../../mocks/handlers/create-handlers.ts';
import { createScenario, type MockScenarioInput } from '../../mocks/scenarios.ts';
import { xssPayloads } from '../../mocks/generator/hostile-text.ts';
import { ANALYST_TOKEN, partnerToken } from '../../mocks/personas.ts';
import { createApiCaller, type ApiAnswer } from './support/call-api.ts';
import { expectInContract, invalidParamNames } from './support/contract-check.ts';

/** `POST /batch`: every sub-request answered exactly as the lone GET is, in order. */

const db = createIntakeDb({ size: 3000, seed: 11 });
const scenario = createScenario();
const handlers = createHandlers({ db, scenario });
const call = createApiCaller(handlers);
const PARTNER = partnerToken('154');

// What one filter change on the overview asks, roughly.
const overview = [
  `${endpoints.timeseries}?interval=week`,
  endpoints.metadata,
  `${endpoints.breakdown}?dimension=status`,
  `${endpoints.breakdown}?dimension=platform`,
  `${endpoints.timeseries}?interval=month`,
  endpoints.countryBins,
  `${endpoints.reports}?limit=5`,
];

const batch = (paths: string[], token: string | null = ANALYST_TOKEN) =>
  call(`/api/v1${endpoints.batch}`, {
    token,
    method: 'POST',
    body: JSON.stringify({ requests: paths.map((path) => ({ path })) }),
  });

/** The batch's Response itself, for answers the caller cannot read (network errors). */
const rawBatch = (paths: string[], signal?: AbortSignal) =>
  getResponse(
    handlers,
    new Request(`http://intake.test/api/v1${endpoints.batch}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ANALYST_TOKEN}` },
      body: JSON.stringify({ requests: paths.map((path) => ({ path })) }),
      ...(signal ? { signal } : {}),
    }),
  );

/** The batch's answers, after checking the envelope against the contract. */
function answersOf(answer: ApiAnswer) {
  expect(answer.status, answer.text).toBe(200);
  expectInContract('/batch', 'post', answer);
  return BatchResponse.parse(answer.body).responses;
}

/** Each sub-answer equals the lone GET of its path: status, headers a client uses, body. */
async function expectAsAlone(paths: string[], token: string) {
  const answers = answersOf(await batch(paths, token));
  expect(answers).toHaveLength(paths.length);
  for (const [i, path] of paths.entries()) {
    const alone = await call(`/api/v1${path}`, { token });
    const sub = answers[i]!;
    expect(sub.status, path).toBe(alone.status);
    expect(JSON.parse(sub.body), path).toEqual(alone.body);
    expect(sub.headers['content-type'], path).toBe(alone.headers.get('content-type'));
    // Server-Timing and the rest belong to the batch, not to its parts.
    expect(
      Object.keys(sub.headers).every((h) =>
        (BATCH_ANSWER_HEADERS as readonly string[]).includes(h),
      ),
      path,
    ).toBe(true);
  }
  return answers;
}

const setScenario = (input: MockScenarioInput) => scenario.set(input);
afterEach(() => {
  scenario.reset();
});

describe('POST /batch', () => {
  it("answers an analyst's reads as the lone GETs do, in order", async () => {
    const answers = await expectAsAlone(overview, ANALYST_TOKEN);
    expect(answers.every((a) => a.status === 200)).toBe(true);
  });

  it('refuses a partner the reports inside the batch and suppresses its aggregates alike', async () => {
    const answers = await expectAsAlone(overview, PARTNER);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200, 403]);
  });

  it.each([[null], ['nobody'], ['demo-partner-999']])('answers 401 to token %s', async (token) => {
    const answer = await batch(overview, token);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('WWW-Authenticate')).toBe('Bearer');
    expectInContract('/batch', 'post', answer);
  });

  it.each([
    ['not JSON', '{"requests": [', ['body']],
    ['no list', '{}', ['requests']],
    ['an empty list', '{"requests": []}', ['requests']],
    [
      `${BATCH_MAX_REQUESTS + 1} requests`,
      JSON.stringify({ requests: Array(BATCH_MAX_REQUESTS + 1).fill({ path: '/metadata' }) }),
      ['requests'],
    ],
  ])('answers 400 to %s', async (_, body, names) => {
    const answer = await call(`/api/v1${endpoints.batch}`, {
      token: ANALYST_TOKEN,
      method: 'POST',
      body,
    });
    expect(answer.status).toBe(400);
    expectInContract('/batch', 'post', answer);
    expect(invalidParamNames(answer)).toEqual(names);
  });

  it.each([
    endpoints.exportCsv,
    endpoints.batch,
    endpoints.reveal('R-0000001'),
    '/reports/../me',
    '/me',
    '/reports/..',
    '/reports/%2E%2e?limit=5',
    '/reports/.',
    '/aggregates//breakdown?dimension=status',
    '/reports/a\\..\\..\\..\\openapi.json',
    '/reports/.\t.',
    '//evil.example/x',
    'http://evil.example/api/v1/me',
    'me',
  ])('answers 400 to a batch holding %s, naming it', async (path) => {
    const answer = await batch([endpoints.metadata, path]);
    expect(answer.status, answer.text).toBe(400);
    expectInContract('/batch', 'post', answer);
    expect(invalidParamNames(answer)).toEqual(['requests[1].path']);
  });

  it('gives a sub-request its failure, Retry-After included, and the others their answers', async () => {
    for (const kind of ['rate-limited', 'unavailable'] as const) {
      setScenario({ failures: [{ endpoint: 'breakdown', kind, times: 1 }] });
      const answers = answersOf(await batch(overview));
      // Only the first breakdown fails: `times` is used up in order.
      expect(answers.map((a) => a.status)).toEqual([
        200,
        200,
        kind === 'rate-limited' ? 429 : 503,
        200,
        200,
        200,
        200,
      ]);
      const failed = answers[2]!;
      expect(failed.headers).toEqual({
        'content-type': 'application/problem+json',
        ...(kind === 'rate-limited' ? { 'retry-after': '2' } : {}),
      });
      expect(JSON.parse(failed.body)).toMatchObject({ status: failed.status });
      expect(scenario.get().failures).toEqual([]);
    }
  });

  it('fails whole when a failure is aimed at the batch itself', async () => {
    setScenario({ failures: [{ endpoint: 'batch', kind: 'unavailable', times: 1 }] });
    const answer = await batch(overview);
    expect(answer.status).toBe(503);
    expectInContract('/batch', 'post', answer);
  });

  it("dies whole when a sub-request's connection does (the 'network' scenario)", async () => {
    setScenario({ failures: [{ endpoint: 'countryBins', kind: 'network' }] });
    expect((await rawBatch(overview))?.type).toBe('error');
  });

  it("holds while a sub-request is held ('timeout'), and dies when the client gives up", async () => {
    setScenario({ failures: [{ endpoint: 'metadata', kind: 'timeout' }] });
    const controller = new AbortController();
    const pending = rawBatch(overview, controller.signal);
    let settled = false;
    void pending.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    controller.abort();
    expect((await pending)?.type).toBe('error');
  });

  it('waits a latency scenario once for the whole batch, as one request over the network', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      setScenario({ latencyMs: 5_000 });
      let done = false;
      const pending = batch(overview).then((answer) => ((done = true), answer));
      await vi.advanceTimersByTimeAsync(4_999);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      // Charged per part, the seven parts would wait 35 s more; they wait none.
      for (let i = 0; i < 100 && !done; i++) await new Promise((r) => setImmediate(r));
      expect(done).toBe(true);
      expect(answersOf(await pending).map((a) => a.status)).toEqual(overview.map(() => 200));
    } finally {
      vi.useRealTimers();
    }
  });

  it('passes a malformed sub-answer on as it came', async () => {
    setScenario({ failures: [{ endpoint: 'metadata', kind: 'malformed-json', times: 1 }] });
    const answers = answersOf(await batch(overview));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200, 200]);
    expect(answers[1]!.body).toBe('{"items": [');
    expect(() => JSON.parse(answers[0]!.body) as unknown).not.toThrow();
  });

  it('leaves the envelope alone under hostile text; the sub-bodies carry it as lone GETs do', async () => {
    setScenario({ hostileText: true });
    const answers = await expectAsAlone(overview, ANALYST_TOKEN);
    const hostile = (text: string) => xssPayloads.some((p) => text.includes(p));
    expect(hostile(answers[1]!.body)).toBe(true); // /metadata: labels
    // A refusal of the batch itself is problem details like any other, so it gets it too.
    expect(hostile((await batch(overview, null)).text)).toBe(true);
  });

  it('sends its sub-requests to an absolute base URL', async () => {
    const base = 'https://intake.example.org/v1';
    const absolute = createHandlers({ db, baseUrl: base });
    const answer = await createApiCaller(absolute, 'https://intake.example.org')(
      `/v1${endpoints.batch}`,
      {
        token: ANALYST_TOKEN,
        method: 'POST',
        body: JSON.stringify({
          requests: [{ path: endpoints.metadata }, { path: '/aggregates/none' }],
        }),
      },
    );
    expect(answersOf(answer).map((a) => a.status)).toEqual([200, 404]);
  });
});

import type { BatchAnswer } from '../contract/batch-schemas.ts';
import { BATCH_MAX_REQUESTS, BATCHABLE_PATH } from '../contract/batch-rules.ts';
import { ApiError } from './api-error.ts';
import { checkAnswer } from './load-schemas.ts';

/**
 * Coalesces the GETs the dashboard asks for in one go (one render, one task) into
 * `POST /batch` (see batch-schemas.ts for why), and hands each caller back an answer of its
 * own, built from its sub-answer: the client reads it exactly as it reads a lone GET's
 * `Response` (see ApiAnswer), so errors, retries and contract checks do not know batching
 * exists.
 *
 * - A GET asked for alone goes out as itself: nothing to gain from wrapping it.
 * - Requests with different headers (a persona switched mid-flight) never share a batch.
 * - A caller that cancels gets its AbortError at once; the batch is cancelled only when
 *   every caller in it has gone.
 * - The batch failing whole (network, 401, 503…) fails each caller the same way.
 */

/**
 * What the client reads of an answer. A fetch `Response` is one; so is a batch's sub-answer,
 * which is not built as a `Response`: making one per sub-answer and reading its body back
 * took about 5 ms for a change's 14 answers (a micro-benchmark in Chromium, 270 kB), where
 * the text is already at hand.
 */
export interface ApiAnswer {
  readonly ok: boolean;
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface BatchedGet {
  /** Relative to the API's base, query string included: `/aggregates/breakdown?…`. */
  path: string;
  headers: Record<string, string>;
  signal: AbortSignal;
}

export interface BatchTransportOptions {
  /** Absolute URL of a path under the API, e.g. `(p) => new URL(base + p)`. */
  urlOf: (path: string) => URL;
  fetch?: typeof fetch;
}

interface Pending extends BatchedGet {
  resolve: (answer: ApiAnswer) => void;
  reject: (error: unknown) => void;
  settled: boolean;
  /** Set once sent in a batch: aborted when every caller in it has gone. */
  batch?: { controller: AbortController; group: Pending[] };
}

const BATCH_ENDPOINT = 'POST /batch';
// Statuses whose Response may not carry a body.
const NULL_BODY = new Set([204, 205, 304]);

export function isBatchable(path: string): boolean {
  return BATCHABLE_PATH.test(path);
}

function settle(p: Pending, outcome: { answer: ApiAnswer } | { error: unknown }) {
  if (p.settled) return;
  p.settled = true;
  if ('answer' in outcome) p.resolve(outcome.answer);
  else p.reject(outcome.error);
}

export function createBatchTransport({
  urlOf,
  fetch: send = globalThis.fetch,
}: BatchTransportOptions) {
  let queue: Pending[] = [];

  function plainGet(p: Pending) {
    send(urlOf(p.path), {
      method: 'GET',
      headers: p.headers,
      signal: p.signal,
      // Never send or store cookies: the bearer token is the only credential.
      credentials: 'omit',
    }).then(
      (response) => settle(p, { answer: response }),
      (error: unknown) => settle(p, { error }),
    );
  }

  async function sendBatch(group: Pending[]) {
    const controller = new AbortController();
    for (const p of group) p.batch = { controller, group };
    let answers: BatchAnswer[];
    try {
      const response = await send(urlOf('/batch'), {
        method: 'POST',
        headers: { ...group[0]!.headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ requests: group.map((p) => ({ path: p.path })) }),
        signal: controller.signal,
        credentials: 'omit',
      });
      if (!response.ok) {
        // The batch itself was refused (signed out, rate limited, down): so is each request.
        const text = await response.text();
        for (const p of group)
          settle(p, { answer: answerOf(response.status, response.headers, text) });
        return;
      }
      answers = await readAnswers(await response.text(), group.length);
    } catch (error) {
      for (const p of group) settle(p, { error });
      return;
    }
    group.forEach((p, i) => settle(p, { answer: subAnswer(answers[i]!) }));
  }

  function flush() {
    const waiting = queue.filter((p) => !p.settled);
    queue = [];
    const groups = new Map<string, Pending[]>();
    for (const p of waiting) {
      const key = JSON.stringify(p.headers);
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    for (const group of groups.values()) {
      for (let i = 0; i < group.length; i += BATCH_MAX_REQUESTS) {
        const chunk = group.slice(i, i + BATCH_MAX_REQUESTS);
        if (chunk.length === 1) plainGet(chunk[0]!);
        else void sendBatch(chunk);
      }
    }
  }

  /** A GET, sent with the others asked for in this task (or alone, when it is alone). */
  function batchedGet(request: BatchedGet): Promise<ApiAnswer> {
    if (request.signal.aborted) return Promise.reject(request.signal.reason);
    return new Promise<ApiAnswer>((resolve, reject) => {
      const p: Pending = { ...request, resolve, reject, settled: false };
      request.signal.addEventListener(
        'abort',
        () => {
          settle(p, { error: request.signal.reason });
          if (p.batch?.group.every((q) => q.settled)) p.batch.controller.abort();
        },
        { once: true },
      );
      queue.push(p);
      // Queries start during one render (or the effects of one commit), which runs to the end
      // without yielding: a microtask runs right after it and sees them all. (A zero timer
      // waited behind the background render that follows, ~20 ms.)
      if (queue.length === 1) queueMicrotask(flush);
    });
  }
  /**
   * Sends what is queued now rather than in that microtask: a caller that knows its reads
   * are all asked (filter-reads.ts) need not wait behind a render React queued before it.
   */
  batchedGet.flush = flush;
  return batchedGet;
}

function answerOf(status: number, headers: ApiAnswer['headers'], body: string): ApiAnswer {
  const text = NULL_BODY.has(status) ? '' : body;
  return { ok: status >= 200 && status < 300, status, headers, text: () => Promise.resolve(text) };
}

function subAnswer(answer: BatchAnswer): ApiAnswer {
  // Header names are case-insensitive, as a Response's are (the contract sends lower case).
  const headers = new Map(Object.entries(answer.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return answerOf(
    answer.status,
    { get: (name) => headers.get(name.toLowerCase()) ?? null },
    answer.body,
  );
}

function unreadable(what: string): ApiError {
  return new ApiError({
    kind: 'contract',
    endpoint: BATCH_ENDPOINT,
    status: 200,
    message: `The intake API sent an answer the dashboard cannot read (${BATCH_ENDPOINT}: ${what}). Please tell the intake team.`,
  });
}

async function readAnswers(text: string, expected: number): Promise<BatchAnswer[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw unreadable('the response was not valid JSON');
  }
  const parsed = await checkAnswer('BatchResponse', json, BATCH_ENDPOINT);
  if (!parsed.success) throw unreadable('it is not a batch of answers');
  if (parsed.data.responses.length !== expected) {
    throw unreadable(`${parsed.data.responses.length} answers to ${expected} requests`);
  }
  return parsed.data.responses;
}

import { HttpResponse, delay } from 'msw';
import type { FailureKind } from '../scenarios.ts';
import { problem, problemResponse } from '../problem.ts';

/**
 * The answers of the failure scenarios. Each imitates what a client really meets when an
 * API or the network misbehaves, so the dashboard's one HTTP client can be tested against
 * every branch of its error handling.
 */

/** Resolves when the request is aborted (the client gave up, or the HTTP server closed). */
function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** Waits `ms`, or less if the client gives up first. */
export async function scenarioDelay(ms: number | 'infinite', signal: AbortSignal): Promise<void> {
  await Promise.race([delay(ms), aborted(signal)]);
}

export async function failureResponse(
  kind: Exclude<FailureKind, 'contract-violation'>,
  signal: AbortSignal,
): Promise<Response> {
  const simulated = 'Simulated by the mock scenario.';
  switch (kind) {
    case 'server-error':
      return problemResponse(problem(500, simulated));
    case 'unavailable':
      return problemResponse(problem(503, simulated));
    case 'rate-limited':
      return problemResponse(problem(429, simulated), { 'Retry-After': '2' });
    case 'network':
      return HttpResponse.error();
    case 'timeout':
      // Hold the request until the client gives up; the error then answers nobody, but it
      // lets the HTTP server release the socket instead of keeping a promise forever.
      await scenarioDelay('infinite', signal);
      return HttpResponse.error();
    case 'malformed-json':
      return new Response('{"items": [', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
  }
}

/**
 * Well-formed JSON that breaks the response schema: the first number found (depth first)
 * becomes a string — "a count as a string" — or, with no number, the first property goes.
 */
export function violateSchema(value: unknown): unknown {
  let done = false;
  const walk = (v: unknown): unknown => {
    if (done) return v;
    if (typeof v === 'number') {
      done = true;
      return String(v);
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  const out = walk(value);
  if (done) return out;
  if (out !== null && typeof out === 'object' && !Array.isArray(out)) {
    return Object.fromEntries(Object.entries(out).slice(1));
  }
  return {};
}

/** The real answer, its JSON broken; a non-JSON answer (CSV, an error) becomes `{}`. */
export async function contractViolation(real: Response): Promise<Response> {
  const isJson = real.status === 200 && (real.headers.get('Content-Type') ?? '').includes('json');
  let body: unknown = {};
  if (isJson) body = violateSchema(await real.json());
  else await real.body?.cancel();
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });
}

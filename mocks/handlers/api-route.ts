import type { PathParams } from 'msw';
import { BadQueryError, type IntakeDb } from '../db/intake-db.ts';
import type { EndpointKey } from '../scenarios.ts';
import { resolvePersona, type Persona } from '../personas.ts';
import { ProblemError, problem, problemResponse } from '../problem.ts';
import type { HandlerDeps } from './handler-deps.ts';
import { contractViolation, failureResponse, scenarioDelay } from './failure-responses.ts';
import { withHostileText } from '../generator/hostile-response.ts';

/**
 * The one wrapper around every intake API route. In order: the scenario's latency and
 * failure, the bearer token, then the route; any refusal or crash becomes problem details,
 * and every answer carries `Server-Timing` so a benchmark can tell the app's time from the
 * network's. Routes therefore only say what is specific to them.
 */

export interface RouteContext {
  request: Request;
  query: URLSearchParams;
  pathParams: PathParams;
  persona: Persona;
  deps: HandlerDeps;
  /** Calls the store (empty under the `empty` scenario) and counts the time spent in it. */
  store<T>(call: (db: IntakeDb) => T): T;
}

/** Marks a sub-request of `POST /batch` as it goes through the handlers (see batch-handler.ts). */
export const BATCH_PART_HEADER = 'x-mock-batch-part';

export type Route = (ctx: RouteContext) => Response | Promise<Response>;

export function forbidPartners(persona: Persona): void {
  if (persona.caller.role !== 'analyst') {
    throw new ProblemError(problem(403, 'Partner agencies see aggregates only, never reports.'));
  }
}

/** A path parameter as one string ('' when absent). */
export function pathParam(params: PathParams, name: string): string {
  const v = params[name];
  return typeof v === 'string' ? v : '';
}

export function errorResponse(error: unknown): Response {
  if (error instanceof ProblemError) return problemResponse(error.body, error.headers);
  if (error instanceof BadQueryError) {
    return problemResponse(
      problem(400, error.message, [{ name: error.param, reason: error.message }]),
    );
  }
  // A bug, not the caller's fault; the message helps whoever runs the mock.
  const message = error instanceof Error ? error.message : String(error);
  return problemResponse(
    problem(500, `Unexpected error in the mock intake API: ${message.slice(0, 200)}`),
  );
}

/** `Server-Timing` on anything but a network error (whose headers are immutable). */
export function withServerTiming(response: Response, appMs: number, storeMs: number): Response {
  if (response.type !== 'error') {
    response.headers.set(
      'Server-Timing',
      `app;dur=${appMs.toFixed(2)}, store;dur=${storeMs.toFixed(2)}`,
    );
  }
  return response;
}

const unauthorised = () =>
  new ProblemError(
    problem(
      401,
      'A valid bearer token is required (demo-analyst, or demo-partner-<UN M49 sub-region code>).',
    ),
    { 'WWW-Authenticate': 'Bearer' },
  );

export function apiRoute(deps: HandlerDeps, endpoint: EndpointKey, route: Route) {
  return async ({
    request,
    params,
  }: {
    request: Request;
    params: PathParams;
  }): Promise<Response> => {
    const { latencyMs, empty, hostileText } = deps.scenario.get();
    // The latency is the network's: a batch waits it once, not once per part.
    if (latencyMs > 0 && !request.headers.has(BATCH_PART_HEADER)) {
      await scenarioDelay(latencyMs, request.signal);
    }
    const failure = deps.scenario.takeFailure(endpoint);
    const started = performance.now();
    if (failure && failure.kind !== 'contract-violation') {
      const failed = await failureResponse(failure.kind, request.signal);
      return withServerTiming(hostileText ? await withHostileText(failed) : failed, 0, 0);
    }

    let storeMs = 0;
    let response: Response;
    try {
      const persona = resolvePersona(
        request.headers.get('Authorization'),
        deps.regions(),
        deps.suppressionThreshold,
      );
      if (!persona) throw unauthorised();
      const db = empty ? deps.emptyDb() : deps.db;
      response = await route({
        request,
        query: new URL(request.url).searchParams,
        pathParams: params,
        persona,
        deps,
        store(call) {
          const t = performance.now();
          try {
            return call(db);
          } finally {
            storeMs += performance.now() - t;
          }
        },
      });
    } catch (error) {
      response = errorResponse(error);
    }
    // A batch's envelope passes through untouched: none of its keys is a text field, and
    // its parts got theirs from their own routes.
    if (hostileText) response = await withHostileText(response);
    if (failure) response = await contractViolation(response);
    return withServerTiming(response, performance.now() - started, storeMs);
  };
}

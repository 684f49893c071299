import { http, HttpResponse, type RequestHandler } from 'msw';
import { API_BASE_PATH } from '../../src/api/contract/endpoints.ts';
import { buildOpenApiDocument } from '../../src/api/contract/openapi.ts';
import type { IntakeDb, Region } from '../db/intake-db.ts';
import { createIntakeDb } from '../db/create-intake-db.ts';
import { createScenario, type MockScenarioInput, type ScenarioHandle } from '../scenarios.ts';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../personas.ts';
import { problem, problemResponse } from '../problem.ts';
import { createAuditLog, type AuditLog } from './audit-log.ts';
import type { HandlerDeps } from './handler-deps.ts';
import { withServerTiming } from './api-route.ts';
import { sessionHandlers } from './session-handlers.ts';
import { reportHandlers } from './report-handlers.ts';
import { aggregateHandlers } from './aggregate-handlers.ts';
import { exportHandlers } from './export-handler.ts';
import { scenarioHandlers } from './scenario-handlers.ts';
import { batchHandler } from './batch-handler.ts';

export interface CreateHandlersOptions {
  db: IntakeDb;
  /**
   * Where the API lives. A path (default `/api/v1`) matches on any origin: same-origin in
   * the browser, any host in Node. An absolute URL matches that origin only.
   */
  baseUrl?: string;
  /** The failure scenario to consult; a fresh one (no failures) by default. */
  scenario?: ScenarioHandle;
  /** Where reveals are recorded; pass your own to read it back. */
  auditLog?: AuditLog;
  /** k, set per deployment; 11 by default. */
  suppressionThreshold?: number;
  /** The store the `empty` scenario answers from; by default one built with no reports. */
  emptyDb?: () => IntakeDb;
}

const isAbsolute = (url: string) => /^[a-z][a-z\d+.-]*:\/\//i.test(url);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * msw decodes path parameters itself and throws on bad percent-encoding (`/reports/%E0%A4`),
 * before any route runs. This first handler matches API paths by a RegExp (which msw does
 * not decode) and answers such a path with a 400; any other request falls through.
 */
function malformedPathGuard(api: string): RequestHandler {
  const pattern = new RegExp(escapeRegExp(api.replace(/^\*/, '')) + '/');
  return http.all(pattern, ({ request }) => {
    try {
      decodeURIComponent(new URL(request.url).pathname);
      return undefined;
    } catch {
      const body = problem(400, 'The path is not valid percent-encoding.', [
        { name: 'path', reason: 'malformed percent-encoding' },
      ]);
      return withServerTiming(problemResponse(body), 0, 0);
    }
  });
}

/**
 * Every handler of the mocked intake API: the API under `baseUrl`, `/openapi.json` and
 * `/__mock/scenario` beside it, and a 404 problem for any other path under the API, so an
 * unknown endpoint answers the same way in the browser, in tests and over HTTP.
 */
export function createHandlers(options: CreateHandlersOptions): RequestHandler[] {
  const baseUrl = (options.baseUrl ?? API_BASE_PATH).replace(/\/+$/, '');
  const k = options.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(k) || k < 2)
    throw new Error(`suppressionThreshold must be an integer ≥ 2, got ${k}`);
  const root = isAbsolute(baseUrl) ? new URL(baseUrl).origin : '*';
  const api = isAbsolute(baseUrl) ? baseUrl : `*${baseUrl}`;

  let regions: ReadonlyMap<string, Region> | null = null;
  let empty: IntakeDb | null = null;
  const deps: HandlerDeps = {
    db: options.db,
    // An empty store has the same enums, countries and regions, and no reports at all.
    emptyDb: options.emptyDb ?? (() => (empty ??= createIntakeDb({ size: 0, seed: 0 }))),
    scenario: options.scenario ?? createScenario(),
    auditLog: options.auditLog ?? createAuditLog(),
    suppressionThreshold: k,
    // Built on first use: the region list does not change while the mock runs.
    regions: () => (regions ??= new Map(options.db.regions().map((r) => [r.code, r]))),
    apiBase: baseUrl,
    apiPath: (path) => `${api}${path}`,
    rootPath: (path) => `${root}${path}`,
  };

  let openApi: ReturnType<typeof buildOpenApiDocument> | null = null;
  // A const, so the batch can answer its sub-requests with the very list it belongs to.
  const handlers: RequestHandler[] = [
    malformedPathGuard(api),
    ...sessionHandlers(deps),
    ...reportHandlers(deps),
    ...aggregateHandlers(deps),
    ...exportHandlers(deps),
    ...scenarioHandlers(deps),
    batchHandler(deps, () => handlers),
    http.get(deps.rootPath('/openapi.json'), () =>
      HttpResponse.json((openApi ??= buildOpenApiDocument())),
    ),
    http.all(deps.apiPath('/*'), () =>
      withServerTiming(problemResponse(problem(404, 'No such endpoint.')), 0, 0),
    ),
  ];
  return handlers;
}

export interface MockBackend {
  scenario: ScenarioHandle;
  auditLog: AuditLog;
  handlers: RequestHandler[];
}

/**
 * What every way of serving the mock (browser worker, Vitest, HTTP server) builds over its
 * store: a scenario to steer failures, an audit log to read reveals back, and the handlers.
 */
export function createMockBackend(
  db: IntakeDb,
  options: { scenario?: MockScenarioInput; suppressionThreshold?: number; baseUrl?: string } = {},
): MockBackend {
  const scenario = createScenario(options.scenario);
  const auditLog = createAuditLog();
  const handlers = createHandlers({
    db,
    scenario,
    auditLog,
    suppressionThreshold: options.suppressionThreshold,
    baseUrl: options.baseUrl,
  });
  return { scenario, auditLog, handlers };
}

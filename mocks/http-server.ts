import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { getResponse, type RequestHandler } from 'msw';
import { API_BASE_PATH } from '../src/api/contract/endpoints.ts';
import type { IntakeDb } from './db/intake-db.ts';
import { createIntakeDb } from './db/create-intake-db.ts';
import { parseScenarioJson, type MockScenarioInput, type ScenarioHandle } from './scenarios.ts';
import { problem, problemResponse } from './problem.ts';
import type { AuditLog } from './handlers/audit-log.ts';
import { createMockBackend } from './handlers/create-handlers.ts';
import { withServerTiming } from './handlers/api-route.ts';
import { createTokenGate, personaliseMe, type TokenGate } from './auth/token-gate.ts';
import { createAccessTokenVerifier, type TokenIssuer } from './auth/verify-access-token.ts';

/**
 * The mocked intake API over real HTTP, for end-to-end tests, benchmarks and anyone who
 * wants to curl it. Each Node request becomes a Fetch `Request` answered by the very msw
 * handlers the browser worker and Vitest use; only CORS and socket-level failures live here.
 */

const BODY_LIMIT_BYTES = 1024 * 1024;
// Hop-by-hop headers describe this connection, not the request the handlers see.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
]);

/** Local dev and preview servers on any port, plus the origins a deployment lists. */
export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  if (allowed.includes(origin)) return true;
  try {
    const { protocol, hostname } = new URL(origin);
    return (
      (protocol === 'http:' || protocol === 'https:') &&
      ['localhost', '127.0.0.1', '[::1]'].includes(hostname)
    );
  } catch {
    return false;
  }
}

function corsHeaders(
  origin: string | undefined,
  allowed: readonly string[],
): Record<string, string> {
  return {
    'Access-Control-Expose-Headers': 'server-timing, retry-after, content-disposition',
    Vary: 'Origin',
    // Timing-Allow-Origin too, so the page can read Server-Timing (and the request's phases)
    // through Resource Timing, as the benchmark does; CORS alone does not expose them.
    ...(origin && isAllowedOrigin(origin, allowed)
      ? { 'Access-Control-Allow-Origin': origin, 'Timing-Allow-Origin': origin }
      : {}),
  };
}

const preflightHeaders = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'authorization, content-type',
  'Access-Control-Max-Age': '600',
};

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > BODY_LIMIT_BYTES) throw new BodyTooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function toFetchRequest(
  req: IncomingMessage,
  origin: string,
  signal: AbortSignal,
): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    signal,
    ...(hasBody ? { body: new Uint8Array(await readBody(req)) } : {}),
  });
}

/** Resolves when the response can take more data, or is gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}

async function sendResponse(
  res: ServerResponse,
  response: Response,
  extra: Record<string, string>,
  head: boolean,
) {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
  if (!response.body || head) {
    await response.body?.cancel();
    res.end();
    return;
  }
  // Pulled one chunk at a time and written with backpressure, so a streamed CSV export
  // never sits whole in memory; a client that leaves cancels the stream (and the store's
  // iterator behind it).
  const reader = response.body.getReader();
  try {
    for (;;) {
      if (res.destroyed) {
        await reader.cancel();
        return;
      }
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await drained(res);
    }
    res.end();
  } catch {
    // The body failed mid-stream: all that can be said now is that it is cut short.
    res.destroy();
  }
}

/**
 * The answer's `Server-Timing` with `total` added: the server's whole time on the request,
 * from its arrival to the answer ready to send (reading the body, the token, routing, the
 * handler). `app` is the handler's alone; what lies outside it is the server's too (up to
 * 20 ms on a route's first run here), so a benchmark that subtracts the server's time
 * subtracts `total`.
 */
function serverTiming(response: Response, arrived: number): string {
  const total = `total;dur=${(performance.now() - arrived).toFixed(2)}`;
  const own = response.headers.get('server-timing');
  return own ? `${own}, ${total}` : total;
}

/** The origin the server listens on (handlers match on paths, so the host is cosmetic). */
function originOf(server: http.Server): string {
  const address = server.address();
  return typeof address === 'object' && address !== null
    ? `http://127.0.0.1:${address.port}`
    : 'http://127.0.0.1';
}

export interface MockHttpServerOptions {
  handlers: RequestHandler[];
  /** Origins allowed by CORS besides localhost and 127.0.0.1 on any port. */
  allowedOrigins?: readonly string[];
  /** Checks real access tokens before the handlers see a request (see mocks/auth). */
  tokenGate?: TokenGate;
}

export function createMockHttpServer({
  handlers,
  allowedOrigins = [],
  tokenGate,
}: MockHttpServerOptions): http.Server {
  const server = http.createServer(async (req, res) => {
    const arrived = performance.now();
    const cors = corsHeaders(req.headers.origin, allowedOrigins);
    const send = (response: Response, head = req.method === 'HEAD') =>
      sendResponse(
        res,
        response,
        { ...cors, 'Server-Timing': serverTiming(response, arrived) },
        head,
      );
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, ...preflightHeaders });
      res.end();
      return;
    }
    const controller = new AbortController();
    // The client left (or the server is closing): let a held request ('timeout') go.
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    try {
      const received = await toFetchRequest(req, originOf(server), controller.signal);
      const gate = tokenGate
        ? await tokenGate(received)
        : { kind: 'pass' as const, request: received, identity: null };
      if (gate.kind === 'refuse') {
        await send(gate.response);
        return;
      }
      const { request, identity } = gate;
      const answered =
        (await getResponse(handlers, request)) ??
        withServerTiming(problemResponse(problem(404, 'No such resource.')), 0, 0);
      const response = await personaliseMe(request, answered, identity);
      if (response.type === 'error') {
        // The 'network' scenario: the connection just dies, as it does on a real network.
        req.socket.destroy();
        return;
      }
      await send(response);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const body =
        error instanceof BodyTooLarge
          ? problem(413, `Bodies are limited to ${BODY_LIMIT_BYTES} bytes.`)
          : problem(500, 'The mock HTTP server failed.');
      await send(problemResponse(body), false);
    }
  });
  return server;
}

export interface MockApiOptions {
  /** 0 picks a free port. Default 8787. */
  port?: number;
  /** Default 127.0.0.1: the mock is for this machine only. */
  host?: string;
  reports?: number;
  seed?: number;
  scenario?: MockScenarioInput;
  suppressionThreshold?: number;
  allowedOrigins?: readonly string[];
  /** Accept access tokens from this OpenID Connect issuer, checked against its JWKS. */
  oidc?: TokenIssuer;
  /** Accept the demo persona tokens too (default true); false with `oidc`: real tokens only. */
  demoTokens?: boolean;
}

export interface MockApi {
  /** The server's origin, e.g. http://127.0.0.1:8787 (`/openapi.json` and `/__mock/scenario` live here). */
  url: string;
  /** `url` + `/api/v1`: what the dashboard's client uses as its base URL. */
  apiUrl: string;
  port: number;
  db: IntakeDb;
  scenario: ScenarioHandle;
  auditLog: AuditLog;
  /** How long building the store took, in milliseconds. */
  buildMs: number;
  /** Stops listening and drops open connections, held ('timeout') requests included. */
  close(): Promise<void>;
}

/** Builds the seeded store and serves the mocked intake API on host:port. */
export async function startMockApi(options: MockApiOptions = {}): Promise<MockApi> {
  const { port = 8787, host = '127.0.0.1', reports = 20_000, seed = 42 } = options;
  const started = performance.now();
  const db = createIntakeDb({ size: reports, seed });
  const buildMs = performance.now() - started;
  const { scenario, auditLog, handlers } = createMockBackend(db, options);
  const regions = new Map(db.regions().map((r) => [r.code, r]));
  const tokenGate =
    options.oidc || options.demoTokens === false
      ? createTokenGate({
          // Without an issuer no JWT can be valid: every one is refused.
          verify: options.oidc
            ? createAccessTokenVerifier(options.oidc)
            : () => Promise.reject(new Error('No token issuer is configured (MOCK_OIDC_ISSUER).')),
          regions: () => regions,
          demoTokens: options.demoTokens ?? true,
        })
      : undefined;
  const server = createMockHttpServer({
    handlers,
    allowedOrigins: options.allowedOrigins ?? [],
    tokenGate,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const chosen = typeof address === 'object' && address !== null ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${chosen}`;
  return {
    url,
    apiUrl: `${url}${API_BASE_PATH}`,
    port: chosen,
    db,
    scenario,
    auditLog,
    buildMs,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function envInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return Number(raw.trim());
}

/**
 * The options of the HTTP mock from the environment: MOCK_API_PORT (8787), MOCK_REPORTS
 * (20000), MOCK_SEED (42), MOCK_SCENARIO (scenario JSON), MOCK_ALLOWED_ORIGINS (comma-separated
 * origins for CORS) and MOCK_SUPPRESSION_THRESHOLD (k, 11); with MOCK_OIDC_ISSUER and
 * MOCK_OIDC_AUDIENCE it accepts that issuer's access tokens too, and MOCK_DEMO_TOKENS=false
 * turns the persona tokens off. Throws with a readable message.
 */
export function readMockApiEnv(env: NodeJS.ProcessEnv): MockApiOptions {
  const scenario = env.MOCK_SCENARIO?.trim() ? parseScenarioJson(env.MOCK_SCENARIO) : undefined;
  const threshold = envInteger(env, 'MOCK_SUPPRESSION_THRESHOLD', 0);
  const issuer = env.MOCK_OIDC_ISSUER?.trim();
  const audience = env.MOCK_OIDC_AUDIENCE?.trim();
  if (Boolean(issuer) !== Boolean(audience)) {
    throw new Error('MOCK_OIDC_ISSUER and MOCK_OIDC_AUDIENCE must be set together');
  }
  if (issuer && !/^https?:\/\/[^\s?#]+$/.test(issuer)) {
    throw new Error(`MOCK_OIDC_ISSUER must be an http(s) URL, got "${issuer}"`);
  }
  const demoTokens = env.MOCK_DEMO_TOKENS?.trim();
  if (demoTokens && demoTokens !== 'true' && demoTokens !== 'false') {
    throw new Error(`MOCK_DEMO_TOKENS must be "true" or "false", got "${demoTokens}"`);
  }
  return {
    port: envInteger(env, 'MOCK_API_PORT', 8787),
    reports: envInteger(env, 'MOCK_REPORTS', 20_000),
    seed: envInteger(env, 'MOCK_SEED', 42),
    allowedOrigins: (env.MOCK_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
    ...(scenario ? { scenario } : {}),
    ...(threshold ? { suppressionThreshold: threshold } : {}),
    ...(issuer && audience ? { oidc: { issuer, audience } } : {}),
    ...(demoTokens ? { demoTokens: demoTokens === 'true' } : {}),
  };
}

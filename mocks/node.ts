import { setupServer, type SetupServer } from 'msw/node';
import type { RequestHandler } from 'msw';
import type { IntakeDb } from './db/intake-db.ts';
import { createIntakeDb } from './db/create-intake-db.ts';
import type { MockScenarioInput, ScenarioHandle } from './scenarios.ts';
import type { AuditLog } from './handlers/audit-log.ts';
import { createMockBackend } from './handlers/create-handlers.ts';

export interface TestServerOptions {
  /** Reports in the store; small by default so each test file builds it in milliseconds. */
  reports?: number;
  seed?: number;
  scenario?: MockScenarioInput;
  suppressionThreshold?: number;
  /** As for createHandlers; `/api/v1` (any origin) by default. */
  baseUrl?: string;
}

export interface TestServer {
  /** Not yet listening: call `server.listen({ onUnhandledRequest: 'error' })` in beforeAll. */
  server: SetupServer;
  db: IntakeDb;
  /** Change failures, latency or emptiness from a test; `scenario.reset()` in afterEach. */
  scenario: ScenarioHandle;
  /** Every reveal recorded so far. */
  auditLog: AuditLog;
  handlers: RequestHandler[];
}

// Stores by size and seed: several servers in one test file share the build.
const stores = new Map<string, IntakeDb>();
function storeFor(size: number, seed: number): IntakeDb {
  const key = `${size}:${seed}`;
  const cached = stores.get(key);
  if (cached) return cached;
  const db = createIntakeDb({ size, seed });
  stores.set(key, db);
  return db;
}

/** The mocked intake API for Vitest (Node or jsdom), over a small seeded store. */
export function createTestServer(options: TestServerOptions = {}): TestServer {
  const { reports = 3000, seed = 7 } = options;
  const db = storeFor(reports, seed);
  const { scenario, auditLog, handlers } = createMockBackend(db, options);
  return { server: setupServer(...handlers), db, scenario, auditLog, handlers };
}

import { setupWorker, type SetupWorker } from 'msw/browser';
import type { IntakeDb } from './db/intake-db.ts';
import { createIntakeDb } from './db/create-intake-db.ts';
import type { MockScenarioInput, ScenarioHandle } from './scenarios.ts';
import type { AuditLog } from './handlers/audit-log.ts';
import { createMockBackend } from './handlers/create-handlers.ts';

export interface BrowserMockOptions {
  /** Reports generated in the browser. */
  reports?: number;
  seed?: number;
  /** The scenario to start with (e.g. read by the app from its URL for a demo of failures). */
  mockScenario?: MockScenarioInput;
  /** Same as mockScenario. */
  scenario?: MockScenarioInput;
  suppressionThreshold?: number;
  /** Where public/mockServiceWorker.js is served (change it under a non-root Vite base). */
  serviceWorkerUrl?: string;
}

export interface BrowserMock {
  worker: SetupWorker;
  db: IntakeDb;
  scenario: ScenarioHandle;
  auditLog: AuditLog;
}

/**
 * Builds the seeded store in the page and serves the intake API from a service worker, on
 * the same origin (`/api/v1`). Anything that is not the API (assets, map tiles) goes to the
 * network untouched, and msw stays silent so the console only shows the app's own messages.
 * Resolves once the worker intercepts requests.
 */
export async function startBrowserMock(options: BrowserMockOptions = {}): Promise<BrowserMock> {
  const { reports = 20_000, seed = 42 } = options;
  const db = createIntakeDb({ size: reports, seed });
  const { scenario, auditLog, handlers } = createMockBackend(db, {
    scenario: options.mockScenario ?? options.scenario,
    suppressionThreshold: options.suppressionThreshold,
  });
  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return { worker, db, scenario, auditLog };
}

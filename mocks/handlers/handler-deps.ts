import type { IntakeDb, Region } from '../db/intake-db.ts';
import type { ScenarioHandle } from '../scenarios.ts';
import type { AuditLog } from './audit-log.ts';

/** What every route of the mocked intake API shares. */
export interface HandlerDeps {
  db: IntakeDb;
  /** The store as the `empty` scenario shows it: no reports at all. */
  emptyDb: () => IntakeDb;
  scenario: ScenarioHandle;
  auditLog: AuditLog;
  /** k for every persona of this deployment. */
  suppressionThreshold: number;
  /** Sub-regions by M49 code, for partner tokens. */
  regions: () => ReadonlyMap<string, Region>;
  /**
   * The API's base as configured: a path (`/api/v1`, resolved against the request's own
   * origin) or an absolute URL. `new URL(apiBase + path, request.url)` is the URL of a path.
   */
  apiBase: string;
  /** The msw path for an API path such as `/me`. */
  apiPath: (path: string) => string;
  /** The msw path for a path outside the API, such as `/openapi.json`. */
  rootPath: (path: string) => string;
}

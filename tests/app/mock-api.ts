import { afterAll, afterEach, beforeAll } from 'vitest';
import { createTestServer } from '../../mocks/node.ts';
import type { Caller } from '../../mocks/db/intake-db.ts';
import { parseFilterUrl } from '../../src/filters/filter-state.ts';
import { todayUtc } from '../../src/lib/dates.ts';
import { formatNumber } from '../../src/lib/format.ts';

/**
 * The real mocked intake API for an integration test file: listening with unhandled
 * requests as errors, failures and handlers reset after each test, and every request's
 * bearer token recorded so a test can prove which persona asked for what.
 */
export function setUpMockApi() {
  const mock = createTestServer();
  const requests: { url: URL; token: string | null }[] = [];
  mock.server.events.on('request:start', ({ request }) => {
    requests.push({
      url: new URL(request.url),
      token: request.headers.get('Authorization')?.replace(/^Bearer /, '') ?? null,
    });
  });
  beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    mock.server.resetHandlers();
    mock.scenario.reset();
    requests.length = 0;
  });
  afterAll(() => mock.server.close());
  return { ...mock, requests };
}

export const analyst: Caller = { role: 'analyst', scopeCountries: null, k: 11 };

/** What the count line should say for a URL, straight from the store. */
export function expectedCountText(
  db: ReturnType<typeof createTestServer>['db'],
  search: string,
  caller = analyst,
) {
  const { apiFilters } = parseFilterUrl(new URLSearchParams(search), todayUtc());
  const total = db.breakdown(caller, apiFilters, 'urgency', null).total;
  if (total.suppressed) return `<${caller.k} reports match these filters`;
  return `${formatNumber(total.count!)} ${total.count === 1 ? 'report matches' : 'reports match'} these filters`;
}

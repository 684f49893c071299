import { afterAll, afterEach, beforeAll } from 'vitest';
import { startMockApi, type MockApi } from '../../mocks/http-server.ts';

/**
 * `npm run mock-api` for one test file: started before its tests (3,000 reports, a free
 * port), its failure scenario cleared after each, closed at the end. Read `api()` inside a
 * test, once the server is up.
 */
export function startedMockApi(): () => MockApi {
  let api: MockApi | null = null;
  beforeAll(async () => {
    api = await startMockApi({ port: 0, reports: 3000 });
  });
  afterAll(async () => {
    await api?.close();
  });
  afterEach(async () => {
    if (api) await fetch(`${api.url}/__mock/scenario`, { method: 'DELETE' });
  });
  return () => {
    if (!api) throw new Error('The mock API is not started yet (read it inside a test)');
    return api;
  };
}

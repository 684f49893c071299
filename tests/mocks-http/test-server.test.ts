import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { Me } from '../../src/api/contract/session-schemas.ts';
import { ReportPage } from '../../src/api/contract/report-schemas.ts';
import { createTestServer } from '../../mocks/node.ts';

/** createTestServer, as component tests use it: real fetch, intercepted by msw in Node. */

const { server, db, scenario, auditLog } = createTestServer();
const auth = { Authorization: 'Bearer demo-analyst' };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  scenario.reset();
});
afterAll(() => server.close());

describe('createTestServer', () => {
  it('serves a small seeded store on any origin', async () => {
    expect(db.size).toBe(3000);
    for (const origin of ['http://localhost', 'http://127.0.0.1:5173']) {
      const response = await fetch(`${origin}/api/v1/me`, { headers: auth });
      expect(Me.parse(await response.json()).role).toBe('analyst');
    }
  });

  it('lets a test change the scenario', async () => {
    scenario.set({ failures: [{ endpoint: 'me', kind: 'network', times: 1 }] });
    await expect(fetch('http://localhost/api/v1/me', { headers: auth })).rejects.toThrow(TypeError);
    expect((await fetch('http://localhost/api/v1/me', { headers: auth })).status).toBe(200);
  });

  it('lets a test override a handler with server.use', async () => {
    server.use(http.get('*/api/v1/me', () => HttpResponse.json({ nope: true }, { status: 418 })));
    expect((await fetch('http://localhost/api/v1/me', { headers: auth })).status).toBe(418);
  });

  it('exposes the audit log', async () => {
    const page = ReportPage.parse(
      await (await fetch('http://localhost/api/v1/reports?limit=1', { headers: auth })).json(),
    );
    const id = page.items[0]?.id ?? '';
    await fetch(`http://localhost/api/v1/reports/${id}/reveal`, { method: 'POST', headers: auth });
    expect(auditLog.entries().map((e) => e.reportId)).toContain(id);
  });
});

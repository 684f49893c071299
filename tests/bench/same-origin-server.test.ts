import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proxiedServerTiming, serveSameOrigin } from './same-origin-server.ts';

/** The benchmark's one-origin server: the app's files, and the API passed through. */

const UPSTREAM_MS = 60;
const BODY = JSON.stringify({ total: 12345, buckets: ['a', 'b'] });

let upstream: http.Server;
let site: { url: string; close: () => Promise<void> };
let outDir: string;

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    if (req.url === '/api/v1/stream') {
      // No content-length: sent in pieces, as an export is.
      res.writeHead(200, { 'content-type': 'text/csv', 'server-timing': 'total;dur=1' });
      res.write('a,b\n');
      setTimeout(() => res.end('1,2\n'), 20);
      return;
    }
    setTimeout(() => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(BODY),
        'server-timing': 'app;dur=1.5, store;dur=0.5, total;dur=2',
      });
      res.end(BODY);
    }, UPSTREAM_MS);
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  outDir = mkdtempSync(path.join(tmpdir(), 'same-origin-'));
  writeFileSync(path.join(outDir, 'index.html'), '<!doctype html><title>app</title>');
  site = await serveSameOrigin({
    outDir,
    port: 0,
    apiPort: (upstream.address() as AddressInfo).port,
  });
});

afterAll(async () => {
  await site.close();
  await new Promise((resolve) => upstream.close(resolve));
  rmSync(outDir, { recursive: true, force: true });
});

const metrics = (header: string | null) =>
  Object.fromEntries(
    (header ?? '').split(',').map((m) => {
      const [name, dur] = m.trim().split(';dur=');
      return [name, Number(dur)];
    }),
  );

describe('same-origin server', () => {
  it('passes an API answer on whole, its server time being the proxy’s own', async () => {
    const answer = await fetch(`${site.url}/api/v1/aggregates?x=1`);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe(BODY);
    const timing = metrics(answer.headers.get('server-timing'));
    // The upstream's own metrics stay; its `total` (2 ms) gives way to the proxy's, which
    // holds the upstream's 60 ms wait.
    expect(Object.keys(timing)).toEqual(['app', 'store', 'total']);
    expect(timing.app).toBe(1.5);
    expect(timing.total).toBeGreaterThanOrEqual(UPSTREAM_MS);
  });

  it('passes a streamed answer on as it comes, its header untouched', async () => {
    const answer = await fetch(`${site.url}/api/v1/stream`);
    expect(await answer.text()).toBe('a,b\n1,2\n');
    expect(answer.headers.get('server-timing')).toBe('total;dur=1');
  });

  it('serves the single page for any other path', async () => {
    const page = await fetch(`${site.url}/cases?urgency=high`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>app</title>');
  });
});

describe('proxiedServerTiming', () => {
  it('replaces the upstream’s total and keeps its other metrics', () => {
    expect(proxiedServerTiming('app;dur=3, total;dur=4', 9)).toBe('app;dur=3, total;dur=9.00');
    expect(proxiedServerTiming(['app;dur=3', 'total;dur=4'], 9)).toBe('app;dur=3, total;dur=9.00');
  });

  it('adds a total where the upstream sent none, and keeps metrics merely named like it', () => {
    expect(proxiedServerTiming(undefined, 1.234)).toBe('total;dur=1.23');
    expect(proxiedServerTiming('totals;dur=2', 1)).toBe('totals;dur=2, total;dur=1.00');
  });
});

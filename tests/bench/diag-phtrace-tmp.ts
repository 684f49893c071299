import { chromium } from '@playwright/test';
import fs from 'node:fs';
import { startMockApiServer, startPreview, stopChild } from './bench-processes.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
const api = startMockApiServer({ reports: 10000, apiPort: 9461 });
const pv = startPreview({ outDir: process.env.DIST!, appPort: 9462, apiPort: 9461 });
await Promise.all([api.ready, pv.ready]);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (let r = 0; r < Number(process.env.RUNS ?? 3); r++) {
  const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: 1474.56 * 128, uploadThroughput: 675 * 128 });
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (d: any) => events.push(...d.value));
  const done = new Promise((res) => cdp.once('Tracing.tracingComplete', res));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'loading', 'blink.user_timing'] } } as any);
  await page.goto('http://127.0.0.1:9462/');
  await page.waitForSelector('.trends-overview-content[data-state="ready"]', { timeout: 120000 });
  await page.waitForTimeout(3000);
  await cdp.send('Tracing.end'); await done;
  const main = events.filter((e) => e.name === 'RunTask' && e.dur > 45000);
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'));
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const t0 = nav?.ts ?? 0;
  console.log('run', r, 'fcp', fcp ? Math.round((fcp.ts - t0) / 1000) : '?');
  for (const t of main) {
    const inner = events.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && e.tid === t.tid && e.pid === t.pid && e.ph === 'X' && e !== t);
    const agg: Record<string, number> = {};
    for (const e of inner) { const k = e.name + (e.args?.data?.url ? ' ' + String(e.args.data.url).split('/').pop() : e.args?.data?.functionName ? ' ' + e.args.data.functionName : ''); agg[k] = (agg[k] ?? 0) + e.dur / 1000; }
    console.log(' ', Math.round((t.ts - t0) / 1000), Math.round(t.dur / 1000), Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${v.toFixed(0)} ${k.slice(0, 50)}`).join(' | '));
  }
  await ctx.close();
}
await browser.close(); await stopChild(api.child); await stopChild(pv.child);

/**
 * The whole dashboard in Debian's Chromium against `npm run mock-api` (the real HTTP server)
 * at each size (BENCH_SIZES, default "10000 100000 1000000"):
 *  - the overview drawn, cold and warm; a filter change to every view updated, with the
 *    server's own time apart; long tasks; JS heap (overview-bench.ts);
 *  - Lighthouse's performance, accessibility and best-practices scores, desktop and mobile,
 *    the medians of 5 runs each (lighthouse-bench.ts; BENCH_LIGHTHOUSE=0 skips it,
 *    BENCH_LIGHTHOUSE_RUNS sets the runs), and at the smallest size the same
 *    phone load with the slowdown applied by the browser and no trace (phone-bench.ts);
 *  - at the largest size, the per-view benchmarks: cases, trends, map (browser-bench.ts;
 *    BENCH_VIEWS=0 skips them);
 *  - at the smallest size, the overview again with the app and the API on one origin, as
 *    behind one reverse proxy: no CORS preflights (same-origin-server.ts;
 *    BENCH_SAME_ORIGIN=0 skips it).
 * Then whether the dashboard's own figures at the largest size are within 30% of those at
 * the smallest. The app is built once (the API's address is baked in, so every size uses
 * the same port). Prints a table per size; writes bench-results/dashboard.json.
 *
 * Figures, never pass/fail: the targets are printed beside them for a person to read, on a
 * quiet machine.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import {
  buildAppForMockApi,
  startMockApiServer,
  startPreview,
  stopChild,
} from './bench-processes.ts';
import { benchViews, formatViews, type ViewsBenchResult } from './browser-bench.ts';
import { runLighthouse, type LighthouseScores } from './lighthouse-bench.ts';
import { benchOverview, type OverviewBenchResult } from './overview-bench.ts';
import { benchPhoneLoads, type PhoneLoadResult } from './phone-bench.ts';
import { serveSameOrigin } from './same-origin-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
// The benchmarks' own port range (9400–9499), clear of the end-to-end suites' ports.
const API_PORT = Number(process.env.BENCH_API_PORT ?? 9401);
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 9402);
const SAME_ORIGIN_PORT = Number(process.env.BENCH_SAME_ORIGIN_PORT ?? 9403);

interface SizeResult {
  reports: number;
  apiReadyMs: number;
  loadAverage: [number, number];
  overview: OverviewBenchResult;
  lighthouse: LighthouseScores[] | null;
  /** The phone load without Lighthouse's trace; smallest size. */
  phone: PhoneLoadResult | null;
  views: ViewsBenchResult | null;
  /** The overview again with app and API on one origin (no CORS preflights); smallest size. */
  sameOrigin: OverviewBenchResult | null;
}

const row = (measure: string, figure: string, target = '', met: boolean | null = null) =>
  `${measure.padEnd(52)}${figure.padEnd(34)}${target.padEnd(16)}${met === null ? '' : met ? 'met' : 'MISSED'}`;

function formatSize(r: SizeResult): string {
  const o = r.overview;
  const f = o.filterChange;
  const lines = [
    `\nOverview at ${r.reports.toLocaleString('en-GB')} reports (load average ${r.loadAverage.map((l) => l.toFixed(2)).join(' → ')})\n`,
    row('measure', 'figure', 'target'),
    row(
      'navigation → overview drawn, cold (ms)',
      `median ${o.cold.median}, p95 ${o.cold.p95} (n=${o.cold.n})`,
      '< 1500',
      o.cold.median < 1500,
    ),
    row(
      'navigation → overview drawn, warm (ms)',
      `median ${o.warm.median}, p95 ${o.warm.p95} (n=${o.warm.n})`,
    ),
    row('API requests in one overview load', String(o.loadRequests.count)),
    row(
      'filter change → every view updated (ms)',
      `median ${f.totalMs.median}, p95 ${f.totalMs.p95} (n=${f.changes} in ${f.loads} loads)`,
    ),
    row(
      "  the server's own time (ms)",
      f.serverTimingVisible ? `median ${f.serverMs.median}, p95 ${f.serverMs.p95}` : 'not readable',
    ),
    row(
      '  beyond the server: browser + network (ms)',
      `median ${f.beyondServerMs.median}, p95 ${f.beyondServerMs.p95}`,
      'p95 < 100',
      f.beyondServerMs.p95 < 100,
    ),
    // Each load's own p95, and its first two changes, which run code for the first time
    // (README decision 34): for reading the tail; the target above counts them.
    row('    p95 in each load (ms)', f.beyondServerByLoad.map((l) => l.p95).join(', ')),
    row(
      "    each load's first two changes (ms)",
      f.beyondServerByLoad.map((l) => l.firstTwo.join(' + ')).join(', '),
    ),
    row(
      '  after the last answer arrived (ms)',
      `median ${f.afterLastAnswerMs.median}, p95 ${f.afterLastAnswerMs.p95}`,
    ),
    row(
      '  first / last request sent after the change (ms)',
      `median ${f.firstRequestSentMs.median} / ${f.lastRequestSentMs.median}, p95 ${f.firstRequestSentMs.p95} / ${f.lastRequestSentMs.p95}`,
    ),
    row(
      '  API requests per change (+ CORS preflights)',
      `${f.requestsPerChange} (+ ${f.preflightsPerChange})`,
    ),
    row(
      'longest main-thread task during the changes (ms)',
      `${o.longTasks.longestMs || '<50'} (${o.longTasks.over50} over 50 ms)`,
      'none over 50',
      o.longTasks.over50 === 0,
    ),
    row('JS heap after the run (MB)', `${o.heapMb.used}, ${o.heapMb.usedAfterGc} after GC`),
  ];
  const same = r.sameOrigin;
  if (same) {
    const g = same.filterChange;
    lines.push(
      row(
        'same origin, no preflights: drawn cold / warm (ms)',
        `median ${same.cold.median} / ${same.warm.median} (n=${same.cold.n})`,
      ),
      row(
        'same origin: filter change, total (ms)',
        `median ${g.totalMs.median}, p95 ${g.totalMs.p95} (n=${g.changes})`,
      ),
      row(
        'same origin: beyond the server (ms)',
        `median ${g.beyondServerMs.median}, p95 ${g.beyondServerMs.p95}`,
        'p95 < 100',
        g.beyondServerMs.p95 < 100,
      ),
    );
  }
  for (const l of r.lighthouse ?? []) {
    lines.push(
      row(
        `Lighthouse ${l.preset}: perf / a11y / best practices`,
        `${l.performance} / ${l.accessibility} / ${l.bestPractices} (median of ${l.performanceRuns.length})`,
        '≥ 95 each',
        Math.min(l.performance, l.accessibility, l.bestPractices) >= 95,
      ),
      row(`  ${l.preset}: each run's performance`, l.performanceRuns.join(', ')),
      row(
        `  ${l.preset}: FCP / LCP / TBT / SI (ms), CLS (medians)`,
        `${l.metricsMs.firstContentfulPaint} / ${l.metricsMs.largestContentfulPaint} / ${l.metricsMs.totalBlockingTime} / ${l.metricsMs.speedIndex}, ${l.cumulativeLayoutShift}`,
      ),
    );
    if (l.failing.length) lines.push(`  ${l.preset} failing audits: ${l.failing.join(', ')}`);
  }
  const phone = r.phone;
  if (phone) {
    lines.push(
      row(
        'phone, slowed by the browser, no trace: FCP / LCP (ms)',
        `median ${phone.firstContentfulPaintMs.median} / ${phone.largestContentfulPaintMs.median} (n=${phone.firstContentfulPaintMs.n})`,
      ),
      row(
        '  blocking time after FCP; longest task then (ms)',
        `median ${phone.blockingAfterFcpMs.median}, max ${phone.blockingAfterFcpMs.max}; ${phone.longestTaskAfterFcpMs || '<50'}`,
      ),
    );
  }
  if (r.views)
    lines.push(
      `\nThe views at ${r.reports.toLocaleString('en-GB')} reports:`,
      formatViews(r.views),
    );
  return lines.join('\n');
}

interface Scaling {
  measure: string;
  small: number;
  large: number;
  ratio: number;
  within30: boolean;
}

/** The dashboard's own cost at the largest size against the smallest (server time left out). */
function scaling(small: SizeResult, large: SizeResult): Scaling[] {
  const pick = (r: SizeResult): [string, number][] => [
    ['overview drawn, cold, median (ms)', r.overview.cold.median],
    ['overview drawn, warm, median (ms)', r.overview.warm.median],
    ['filter change beyond the server, p95 (ms)', r.overview.filterChange.beyondServerMs.p95],
    [
      'filter change after the last answer, p95 (ms)',
      r.overview.filterChange.afterLastAnswerMs.p95,
    ],
    // A task under 50 ms is not reported at all: count it as 50.
    ['longest task during the changes (ms, ≥ 50)', Math.max(50, r.overview.longTasks.longestMs)],
    ['JS heap after GC (MB)', r.overview.heapMb.usedAfterGc],
  ];
  const a = pick(small);
  const b = pick(large);
  return a.map(([measure, x], i) => {
    const y = b[i]![1];
    const ratio = x > 0 ? y / x : Number.NaN;
    return {
      measure,
      small: x,
      large: y,
      // Three places, as a number (dividing a rounded figure left float tails: 0.9009999…).
      ratio: Math.round(ratio * 1000) / 1000,
      within30: ratio <= 1.3,
    };
  });
}

async function main() {
  const sizes = (process.env.BENCH_SIZES ?? '10000 100000 1000000')
    .split(/\s+/)
    .filter(Boolean)
    .map(Number)
    .sort((a, b) => a - b);
  const largest = sizes.at(-1)!;
  const outDir = path.join(ROOT, 'dist-e2e/dashboard-bench');
  const children: ChildProcess[] = [];
  process.once('exit', () => children.forEach((c) => c.kill('SIGTERM')));

  console.log(`Building the app for the mocked intake API at 127.0.0.1:${API_PORT}…`);
  await buildAppForMockApi({ apiPort: API_PORT, outDir });
  const sameOriginDir = path.join(ROOT, 'dist-e2e/dashboard-bench-same-origin');
  const withSameOrigin = process.env.BENCH_SAME_ORIGIN !== '0';
  // The same app, its API address being its own origin (served by same-origin-server.ts).
  if (withSameOrigin)
    await buildAppForMockApi({ apiPort: SAME_ORIGIN_PORT, outDir: sameOriginDir });
  const preview = startPreview({ outDir, appPort: APP_PORT, apiPort: API_PORT });
  children.push(preview.child);
  await preview.ready;
  const appUrl = `http://127.0.0.1:${APP_PORT}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const results: SizeResult[] = [];
  try {
    for (const reports of sizes) {
      const started = performance.now();
      const api = startMockApiServer({ reports, apiPort: API_PORT });
      children.push(api.child);
      await api.ready;
      const apiReadyMs = Math.round(performance.now() - started);
      const loadBefore = os.loadavg()[0]!;
      try {
        const overview = await benchOverview(browser, appUrl);
        const lighthouse =
          process.env.BENCH_LIGHTHOUSE === '0' ? null : await runLighthouse(`${appUrl}/`);
        const phone =
          process.env.BENCH_LIGHTHOUSE === '0' || reports !== sizes[0]
            ? null
            : await benchPhoneLoads(browser, appUrl);
        const views =
          reports === largest && process.env.BENCH_VIEWS !== '0'
            ? await benchViews(browser, appUrl)
            : null;
        let sameOrigin: OverviewBenchResult | null = null;
        if (withSameOrigin && reports === sizes[0]) {
          const site = await serveSameOrigin({
            outDir: sameOriginDir,
            port: SAME_ORIGIN_PORT,
            apiPort: API_PORT,
          });
          try {
            sameOrigin = await benchOverview(browser, site.url, { loads: 3 });
          } finally {
            await site.close();
          }
        }
        const result: SizeResult = {
          reports,
          apiReadyMs,
          loadAverage: [loadBefore, os.loadavg()[0]!],
          overview,
          lighthouse,
          phone,
          views,
          sameOrigin,
        };
        results.push(result);
        console.log(formatSize(result));
      } finally {
        await stopChild(api.child);
      }
    }
  } finally {
    await browser.close();
    for (const child of children) child.kill('SIGTERM');
  }

  let scale: Scaling[] | null = null;
  if (results.length > 1) {
    const small = results[0]!;
    const large = results.at(-1)!;
    scale = scaling(small, large);
    console.log(
      `\nThe dashboard's own cost, ${large.reports.toLocaleString('en-GB')} against ${small.reports.toLocaleString('en-GB')} reports (target: within 30%)\n`,
    );
    for (const s of scale) {
      console.log(
        `${s.measure.padEnd(50)}${String(s.small).padStart(9)}${String(s.large).padStart(9)}${`${s.ratio.toFixed(3)}×`.padStart(9)}  ${s.within30 ? 'within 30%' : 'NOT within 30%'}`,
      );
    }
  }
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    path.join(ROOT, 'bench-results/dashboard.json'),
    `${JSON.stringify({ sizes: results, scaling: scale, at: new Date().toISOString() }, null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

/**
 * The three views in Debian's Chromium against the mocked intake API over HTTP, at one size
 * (default 1,000,000 reports; `npx tsx tests/bench/browser-bench.ts 100000` for another):
 *  - cases: filter change → first rows painted, longest task while scrolling 10,000 rows,
 *    rows in the DOM;
 *  - trends: filter change → every chart updated (and the part after the last answer
 *    arrived), longest task;
 *  - map: data → drawn for the choropleth and the bins, longest task while panning/zooming.
 * Prints a table and writes bench-results/browser.json. Figures, never pass/fail.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { serveAppOnMockApi } from './bench-processes.ts';
import { benchCases } from './cases-bench.ts';
import { benchTrends } from './trends-bench.ts';
import { benchMap, type MapBenchResult } from './map-bench.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ViewsBenchResult {
  cases: Awaited<ReturnType<typeof benchCases>>;
  trends: Awaited<ReturnType<typeof benchTrends>>;
  map: { choropleth: MapBenchResult; bins: MapBenchResult };
}

/** The per-view benchmarks against the app at `appUrl`, each on a fresh page. */
export async function benchViews(browser: Browser, appUrl: string): Promise<ViewsBenchResult> {
  const fresh = async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(appUrl);
    return page;
  };
  const cases = await benchCases(await fresh());
  const trends = await benchTrends(await fresh());
  const choropleth = await benchMap(await fresh(), appUrl, { layer: 'choropleth' });
  const bins = await benchMap(await fresh(), appUrl, { layer: 'bins' });
  return { cases, trends, map: { choropleth, bins } };
}

export function formatViews({ cases, trends, map }: ViewsBenchResult): string {
  const f = cases.filterToRowsPainted;
  const { choropleth, bins } = map;
  return `
view     measure                                          figure
cases    filter change → first rows painted (ms)           median ${f.median}, p95 ${f.p95} (n=${f.n})
cases    longest task scrolling ${cases.scroll.rows} rows (ms)          ${cases.scroll.longestTaskMs} (${cases.scroll.longTasks} tasks > 50 ms)
cases    rows in the DOM                                   max ${cases.rowsInDom.max}
trends   filter change → every chart updated (ms)          median ${trends.totalMs.median}, p95 ${trends.totalMs.p95} (n=${trends.changes})
trends   …of which after the last answer arrived (ms)      median ${trends.afterDataMs.median}, p95 ${trends.afterDataMs.p95}
trends   longest task during the changes (ms)              ${trends.longestTaskMs} (${trends.longTasksOver50} tasks > 50 ms)
map      choropleth: data → drawn (ms)                     ${choropleth.firstLoad.dataToDrawnMs}
map      bins: data → drawn (ms)                           ${bins.firstLoad.dataToDrawnMs}
map      bins: longest task while panning/zooming (ms)     ${bins.panZoom.longestTaskMs} (${bins.panZoom.longTasks} tasks > 50 ms)`;
}

async function main() {
  const reports = Number(process.argv[2] ?? 1_000_000);
  // This benchmark's own ports (9400–9499 is the benchmarks' range).
  const apiPort = Number(process.env.BROWSER_BENCH_API_PORT ?? 9411);
  const appPort = Number(process.env.BROWSER_BENCH_APP_PORT ?? 9412);
  const outDir = path.join(ROOT, 'dist-e2e/browser-bench');
  const children: ChildProcess[] = [];
  process.once('exit', () => children.forEach((c) => c.kill('SIGTERM')));

  const appUrl = await serveAppOnMockApi({ reports, apiPort, appPort, outDir }, children);

  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    console.log(
      `Browser benchmark on ${reports.toLocaleString('en-GB')} reports (Chromium, HTTP mock API)`,
    );
    const views = await benchViews(browser, appUrl);
    console.log(formatViews(views));
    mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(
      path.join(ROOT, 'bench-results/browser.json'),
      `${JSON.stringify({ reports, ...views, at: new Date().toISOString() }, null, 2)}\n`,
    );
  } finally {
    await browser.close();
    for (const child of children) child.kill('SIGTERM');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

/**
 * Figures for the hotspot map, and the side-by-side the map issue asks for: our map (the
 * intake API's geographic aggregates, drawn as shapes) against the approach many peer tools
 * use (every located report fetched, then clustered in the browser with
 * leaflet.markercluster), on the same reports.
 *
 *   npx tsx tests/bench/map-bench.ts            (MAP_BENCH_REPORTS, default 100000)
 *
 * As a module: `benchMap(page, baseUrl)` measures the built app that `page` can reach at
 * `baseUrl` (already pointing at a mocked intake API), and `benchMarkerCluster(page, url)`
 * the standalone page of `serveMarkerClusterPage`. Run on their own, they build and serve
 * everything, print both and their ratio, and write bench-results/map.json.
 *
 * What "drawn" means: the app marks its map `data-state="ready"` on `.hs-map-region` once the
 * country shapes are drawn and the answer on screen is current (not a placeholder kept while
 * the next loads); the cluster page once every marker is clustered and added. Both then wait
 * two animation frames, so the figure includes the paint. "Data arriving" is the response's
 * `responseEnd` (Resource Timing). Longest task: PerformanceObserver 'longtask' in the page.
 *
 * leaflet.markercluster is not a dependency of the app: the comparison needs it as a
 * devDependency (`npm i -D leaflet.markercluster`); without it that part says so and stops.
 * Figures, never pass/fail: this machine is shared and noisy.
 */
import type { ChildProcess } from 'node:child_process';
import { serveAppOnMockApi } from './bench-processes.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------- in-page instrumentation

interface ReadyMark {
  /** When `data-state` became "ready". */
  at: number;
  /** Two frames later: painted. */
  painted: number;
}
interface GeoFetch {
  url: string;
  start: number;
  end: number;
}
interface LongTask {
  start: number;
  duration: number;
}
interface PageMarks {
  ready: ReadyMark[];
  fetches: GeoFetch[];
  longTasks: LongTask[];
}

/** Runs in the page before any of its scripts (addInitScript). */
function instrument(resourcePattern: string) {
  const marks: PageMarks = { ready: [], fetches: [], longTasks: [] };
  (window as unknown as { __mapBench: PageMarks }).__mapBench = marks;
  performance.setResourceTimingBufferSize(100_000);
  const pattern = new RegExp(resourcePattern);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      marks.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceResourceTiming[]) {
      if (pattern.test(e.name))
        marks.fetches.push({ url: e.name, start: e.startTime, end: e.responseEnd });
    }
  }).observe({ type: 'resource', buffered: true });
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target as Element;
      if (el.getAttribute('data-state') !== 'ready') continue;
      const at = performance.now();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => marks.ready.push({ at, painted: performance.now() })),
      );
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
}

const readMarks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __mapBench: PageMarks }).__mapBench);

/** For a ready mark, the fetch whose data it drew: the last one to arrive before it. */
function drawTiming(marks: PageMarks, ready: ReadyMark, after = 0) {
  const fetch = marks.fetches
    .filter((f) => f.start >= after && f.end <= ready.at)
    .sort((a, b) => a.end - b.end)
    .at(-1);
  if (!fetch) return null;
  return {
    requestToDrawnMs: ready.painted - fetch.start,
    dataToDrawnMs: ready.painted - fetch.end,
  };
}

// ---------------------------------------------------------------- panning and zooming

type Step = { kind: 'drag'; dx: number; dy: number } | { kind: 'wheel'; dy: number };

/** The same moves on both maps: zoom in twice, pan about, zoom out. */
const PAN_ZOOM: Step[] = [
  { kind: 'wheel', dy: -300 },
  { kind: 'drag', dx: -250, dy: 0 },
  { kind: 'drag', dx: 0, dy: -150 },
  { kind: 'wheel', dy: -300 },
  { kind: 'drag', dx: 300, dy: 120 },
  { kind: 'drag', dx: -150, dy: 200 },
  { kind: 'wheel', dy: 300 },
  { kind: 'drag', dx: 400, dy: -100 },
  { kind: 'wheel', dy: 300 },
  { kind: 'drag', dx: -300, dy: 0 },
];

async function move(page: Page, selector: string, step: Step) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on the page`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  if (step.kind === 'wheel') {
    await page.mouse.wheel(0, step.dy);
  } else {
    await page.mouse.down();
    await page.mouse.move(x + step.dx, y + step.dy, { steps: 10 });
    await page.mouse.up();
  }
}

function longTaskSummary(tasks: LongTask[], from: number) {
  const during = tasks.filter((t) => t.start >= from);
  return {
    longTasks: during.length,
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    totalBlockingMs: during.reduce((s, t) => s + Math.max(0, t.duration - 50), 0),
  };
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
const round = (x: number) => Math.round(x * 10) / 10;

// ---------------------------------------------------------------- our map

export interface MapBenchResult {
  layer: string;
  firstLoad: { navigationToDrawnMs: number; requestToDrawnMs: number; dataToDrawnMs: number };
  /** Redraws after a pan or zoom that asked for new data. */
  refresh: { runs: number; dataToDrawnMedianMs: number; dataToDrawnP95Ms: number };
  panZoom: { steps: number; longTasks: number; longestTaskMs: number; totalBlockingMs: number };
}

const MAP = '.hs-map';
const READY = '.hs-map-region[data-state="ready"]';

async function waitSettled(page: Page) {
  // The map reports a move after 300 ms (debounce); then the data, if any, loads.
  await page.waitForTimeout(700);
  await page.waitForSelector(READY, { timeout: 60_000 });
}

/**
 * The app's map at `${baseUrl}/map`: first load (navigation, request and data to drawn), then
 * a pan-and-zoom sequence (each redraw's data-to-drawn, and the longest main-thread task).
 */
export async function benchMap(
  page: Page,
  baseUrl: string,
  { layer = 'bins', search = 'range=all' }: { layer?: string; search?: string } = {},
): Promise<MapBenchResult> {
  // The map's aggregates travel alone or, with VITE_API_BATCH, inside a POST /batch.
  await page.addInitScript(instrument, '/aggregates/geo/|/api/v1/batch$');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${baseUrl}/map?${search}&layer=${layer}`);
  await page.waitForSelector(READY, { timeout: 120_000 });
  await page.waitForFunction(
    () => (window as unknown as { __mapBench: PageMarks }).__mapBench.ready.length > 0,
  );
  let marks = await readMarks(page);
  const first = marks.ready.at(-1)!;
  const firstDraw = drawTiming(marks, first);
  if (!firstDraw) throw new Error('No geographic aggregate was fetched before the map was ready');

  const from = await page.evaluate(() => performance.now());
  const refresh: number[] = [];
  for (const step of PAN_ZOOM) {
    const before = await page.evaluate(() => performance.now());
    await move(page, MAP, step);
    await waitSettled(page);
    marks = await readMarks(page);
    const fetched = marks.fetches.some((f) => f.start >= before);
    const ready = marks.ready.filter((r) => r.at >= before).at(-1);
    const timing = fetched && ready ? drawTiming(marks, ready, before) : null;
    if (timing) refresh.push(timing.dataToDrawnMs);
  }
  marks = await readMarks(page);
  return {
    layer,
    firstLoad: {
      navigationToDrawnMs: round(first.painted),
      requestToDrawnMs: round(firstDraw.requestToDrawnMs),
      dataToDrawnMs: round(firstDraw.dataToDrawnMs),
    },
    refresh: {
      runs: refresh.length,
      dataToDrawnMedianMs: round(median(refresh)),
      dataToDrawnP95Ms: round(quantile(refresh, 0.95)),
    },
    panZoom: { steps: PAN_ZOOM.length, ...roundAll(longTaskSummary(marks.longTasks, from)) },
  };
}

function roundAll<T extends Record<string, number>>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v)])) as T;
}

// ---------------------------------------------------------------- the peer approach

export interface MarkerClusterResult {
  points: number;
  payloadBytes: number;
  requestToDrawnMs: number;
  dataToDrawnMs: number;
  panZoom: { steps: number; longTasks: number; longestTaskMs: number; totalBlockingMs: number };
}

/** Where leaflet.markercluster's built files are; null when the package is not installed. */
export function markerClusterDist(): string | null {
  const dir = process.env.MARKERCLUSTER_DIST;
  if (dir) return existsSync(path.join(dir, 'leaflet.markercluster.js')) ? dir : null;
  try {
    return path.dirname(require.resolve('leaflet.markercluster/dist/leaflet.markercluster.js'));
  } catch {
    return null;
  }
}

export const MARKERCLUSTER_MISSING =
  'leaflet.markercluster is not installed; the comparison needs it as a devDependency ' +
  '(npm i -D leaflet.markercluster).';

/**
 * Serves the standalone comparison page (tests/bench/markercluster/index.html) with Leaflet,
 * leaflet.markercluster and `points` as one JSON array — the smallest payload a peer tool
 * could fetch ([lat, lon, id] per report), so the comparison errs in its favour.
 */
export async function serveMarkerClusterPage(
  points: readonly (readonly [number, number, string])[],
  port = 0,
): Promise<{ url: string; payloadBytes: number; close: () => Promise<void> }> {
  const dist = markerClusterDist();
  if (!dist) throw new Error(MARKERCLUSTER_MISSING);
  const leaflet = path.dirname(require.resolve('leaflet/dist/leaflet.js'));
  const payload = Buffer.from(JSON.stringify(points));
  const files: Record<string, [string, string]> = {
    '/': [path.join(import.meta.dirname, 'markercluster/index.html'), 'text/html'],
    '/leaflet.js': [path.join(leaflet, 'leaflet.js'), 'text/javascript'],
    '/leaflet.css': [path.join(leaflet, 'leaflet.css'), 'text/css'],
    '/leaflet.markercluster.js': [path.join(dist, 'leaflet.markercluster.js'), 'text/javascript'],
    '/MarkerCluster.css': [path.join(dist, 'MarkerCluster.css'), 'text/css'],
    '/MarkerCluster.Default.css': [path.join(dist, 'MarkerCluster.Default.css'), 'text/css'],
  };
  const server: Server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (pathname === '/points.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(payload);
      return;
    }
    const file = files[pathname];
    if (!file || !existsSync(file[0])) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file[1] });
    res.end(readFileSync(file[0]));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    payloadBytes: payload.length,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The peer approach in the page `serveMarkerClusterPage` serves, with the same moves. */
export async function benchMarkerCluster(
  page: Page,
  url: string,
  payloadBytes = 0,
): Promise<MarkerClusterResult> {
  await page.addInitScript(instrument, '/points\\.json');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  await page.waitForSelector('#map[data-state="ready"]', { timeout: 300_000 });
  await page.waitForFunction(
    () => (window as unknown as { __mapBench: PageMarks }).__mapBench.ready.length > 0,
  );
  let marks = await readMarks(page);
  const draw = drawTiming(marks, marks.ready.at(-1)!);
  if (!draw) throw new Error('The cluster page drew without fetching its points');
  const points = await page.evaluate(() => Number(document.getElementById('map')?.dataset.points));
  const from = await page.evaluate(() => performance.now());
  for (const step of PAN_ZOOM) {
    await move(page, '#map', step);
    // markercluster re-clusters on zoomend/moveend; give it the same settling time as ours.
    await page.waitForTimeout(700);
  }
  marks = await readMarks(page);
  return {
    points,
    payloadBytes,
    requestToDrawnMs: round(draw.requestToDrawnMs),
    dataToDrawnMs: round(draw.dataToDrawnMs),
    panZoom: { steps: PAN_ZOOM.length, ...roundAll(longTaskSummary(marks.longTasks, from)) },
  };
}

/** Every located report of a seeded store of `reports`, as [lat, lon, id]. */
export async function locatedPoints(reports: number, seed = 42) {
  const { createIntakeDb } = await import('../../mocks/db/create-intake-db.ts');
  const db = createIntakeDb({ size: reports, seed });
  const analyst = { role: 'analyst' as const, scopeCountries: null, k: 11 };
  const out: [number, number, string][] = [];
  for (const r of db.exportRows(
    analyst,
    { hasCoordinates: true },
    { field: 'receivedAt', direction: 'desc' },
  )) {
    if (r.location.lat !== undefined && r.location.lon !== undefined)
      out.push([r.location.lat, r.location.lon, r.id]);
  }
  return out;
}

/** Long tasks are 50 ms or more by definition: none means "under 50". */
const longest = (p: { longTasks: number; longestTaskMs: number }) =>
  p.longTasks === 0 ? '<50' : String(p.longestTaskMs);

export function printComparison(ours: MapBenchResult, peer: MarkerClusterResult | null) {
  const rows: [string, string, string | null, number, number | null][] = [
    [
      'request → drawn (ms)',
      String(ours.firstLoad.requestToDrawnMs),
      peer && String(peer.requestToDrawnMs),
      ours.firstLoad.requestToDrawnMs,
      peer?.requestToDrawnMs ?? null,
    ],
    [
      'data arrived → drawn (ms)',
      String(ours.firstLoad.dataToDrawnMs),
      peer && String(peer.dataToDrawnMs),
      ours.firstLoad.dataToDrawnMs,
      peer?.dataToDrawnMs ?? null,
    ],
    [
      'longest task, pan/zoom (ms)',
      longest(ours.panZoom),
      peer && longest(peer.panZoom),
      Math.max(50, ours.panZoom.longestTaskMs),
      peer ? Math.max(50, peer.panZoom.longestTaskMs) : null,
    ],
  ];
  console.log(
    `\n${'measure'.padEnd(32)}${'aggregates'.padStart(12)}${'markercluster'.padStart(16)}${'ratio'.padStart(10)}`,
  );
  for (const [name, a, b, x, y] of rows) {
    const ratio = y === null ? '—' : `${(y / x).toFixed(1)}×`;
    console.log(
      `${name.padEnd(32)}${a.padStart(12)}${(b ?? '—').padStart(16)}${ratio.padStart(10)}`,
    );
  }
  console.log(
    `\nOurs, first load: navigation → drawn ${ours.firstLoad.navigationToDrawnMs} ms; ` +
      `${ours.refresh.runs} redraws after a pan/zoom: data → drawn median ` +
      `${ours.refresh.dataToDrawnMedianMs} ms, p95 ${ours.refresh.dataToDrawnP95Ms} ms. ` +
      `Blocking time while panning and zooming: ours ${ours.panZoom.totalBlockingMs} ms` +
      (peer ? `, markercluster ${peer.panZoom.totalBlockingMs} ms.` : '.'),
  );
  if (peer) {
    console.log(
      `markercluster: ${peer.points.toLocaleString('en-GB')} points, ` +
        `${(peer.payloadBytes / 1e6).toFixed(1)} MB of JSON (the smallest payload possible). ` +
        'Ratio: markercluster ÷ aggregates (a long task under 50 ms counts as 50).',
    );
  }
}

// ---------------------------------------------------------------- standalone run

async function main() {
  const reports = Number(process.env.MAP_BENCH_REPORTS ?? 100_000);
  const apiPort = Number(process.env.MAP_BENCH_API_PORT ?? 9413);
  const appPort = Number(process.env.MAP_BENCH_APP_PORT ?? 9414);
  // Under dist-e2e/, which git already ignores.
  const outDir = path.join(ROOT, 'dist-e2e/map-bench');
  const children: ChildProcess[] = [];
  // Whatever happens, the servers started here stop with this process.
  process.once('exit', () => children.forEach((c) => c.kill('SIGTERM')));
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    console.log(`Map benchmark on ${reports.toLocaleString('en-GB')} reports`);
    const appUrl = await serveAppOnMockApi({ reports, apiPort, appPort, outDir }, children);
    const choropleth = await benchMap(await browser.newPage(), appUrl, { layer: 'choropleth' });
    const ours = await benchMap(await browser.newPage(), appUrl, { layer: 'bins' });
    let peer: MarkerClusterResult | null = null;
    if (markerClusterDist()) {
      const site = await serveMarkerClusterPage(await locatedPoints(reports));
      try {
        peer = await benchMarkerCluster(await browser.newPage(), site.url, site.payloadBytes);
      } finally {
        await site.close();
      }
    } else {
      console.log(`\n${MARKERCLUSTER_MISSING}`);
      process.exitCode = 1;
    }
    console.log(
      `\nChoropleth: request → drawn ${choropleth.firstLoad.requestToDrawnMs} ms, data → drawn ` +
        `${choropleth.firstLoad.dataToDrawnMs} ms; longest task while panning and zooming ` +
        `${longest(choropleth.panZoom)} ms.`,
    );
    console.log('Hotspot bins against every point clustered in the browser:');
    printComparison(ours, peer);
    mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(
      path.join(ROOT, 'bench-results/map.json'),
      `${JSON.stringify({ reports, choropleth, bins: ours, markercluster: peer, at: new Date().toISOString() }, null, 2)}\n`,
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

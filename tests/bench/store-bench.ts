/**
 * Figures for the mocked intake API's store: build time, memory, and median/p95 latency of
 * every store method over ~30 varied filter combinations.
 *
 *   npx tsx tests/bench/store-bench.ts [size …]      (default: 20000 100000 1000000)
 *
 * Each size runs in its own child process so memory figures are that size's alone.
 * "cold" calls use a filter set the store has not cached (the common case when a filter
 * changes); "warm" calls repeat the filters of the previous call (the dashboard asks for
 * several aggregates with the same filters at once).
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createIntakeDb } from '../../mocks/db/create-intake-db.ts';
import type { Caller, IntakeDb } from '../../mocks/db/intake-db.ts';
import type { Filters } from '../../src/api/contract/filter-params.ts';
import type { Sort, SortField } from '../../src/api/contract/list-params.ts';
import { sortFields } from '../../src/api/contract/list-params.ts';
import { dimensions } from '../../src/api/contract/aggregate-terms.ts';

const END = '2026-01-31';

const FILTERS: Filters[] = [
  {},
  { from: '2025-01-01' },
  { from: '2025-11-01', to: '2025-11-30' },
  { status: ['new', 'triaged'] },
  { urgency: ['immediate_danger', 'high'] },
  { setting: ['online'] },
  { platform: ['dating_app'] },
  { platform: ['social_media', 'online_gaming'], ageBand: ['9-17'] },
  { indicator: ['image_blackmail', 'sexual_image_request'] },
  { exploitationType: ['labour'], from: '2024-06-01' },
  { ageBand: ['0-8', '9-17'], gender: ['female'] },
  { groomingStage: ['meet_up_coercion'], source: ['stop_app_ios', 'stop_app_android'] },
  { reporterRelation: ['professional'] },
  { country: ['GB'] },
  { country: ['PH', 'TH', 'VN', 'KH'] },
  { region: ['014'] },
  { region: ['154', '155'], urgency: ['high'] },
  { tag: ['sextortion'] },
  { tag: ['follow-up', 'priority'], status: ['in_review'] },
  { q: 'hotel' },
  { q: 'game money' },
  { q: 'r-1a' },
  { q: '[phone]', from: '2025-01-01' },
  { bbox: [-11, 49, 2, 61] },
  { bbox: [170, -50, -170, -10] },
  { hasCoordinates: false },
  { hasCoordinates: true, setting: ['both'] },
  { from: '2023-01-01', to: '2023-12-31', platform: ['messaging_app'], urgency: ['medium', 'low'] },
  { country: ['US', 'CA', 'MX'], indicator: ['meeting_requested'] },
  { q: 'school', ageBand: ['9-17'], from: '2024-01-01' },
];

const analyst: Caller = { role: 'analyst', scopeCountries: null, k: 11 };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

class Timings {
  readonly samples = new Map<string, number[]>();
  time<T>(label: string, run: () => T): T {
    const t = performance.now();
    const out = run();
    const ms = performance.now() - t;
    const list = this.samples.get(label) ?? [];
    list.push(ms);
    this.samples.set(label, list);
    return out;
  }
  print(): void {
    const width = Math.max(...[...this.samples.keys()].map((k) => k.length));
    console.log(
      `  ${'method'.padEnd(width)}  ${'n'.padStart(4)}  ${'median'.padStart(8)}  ${'p95'.padStart(8)}  ${'max'.padStart(8)}`,
    );
    for (const [label, list] of this.samples) {
      const s = [...list].sort((a, b) => a - b);
      const f = (x: number) => `${x.toFixed(1)}ms`.padStart(8);
      console.log(
        `  ${label.padEnd(width)}  ${String(s.length).padStart(4)}  ${f(percentile(s, 0.5))}  ${f(percentile(s, 0.95))}  ${f(s[s.length - 1] ?? 0)}`,
      );
    }
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

function runSize(size: number): void {
  const t0 = performance.now();
  const db: IntakeDb = createIntakeDb({ size, seed: 42, endDate: END });
  const buildMs = performance.now() - t0;
  global.gc?.();
  const afterBuild = process.memoryUsage();
  console.log(`\n== ${size.toLocaleString('en')} reports ==`);
  console.log(
    `  build ${buildMs.toFixed(0)} ms; rss ${mb(afterBuild.rss)}, heap used ${mb(afterBuild.heapUsed)}, array buffers ${mb(afterBuild.arrayBuffers)}`,
  );

  const partners = db
    .regions()
    .map((r): Caller => ({ role: 'partner', scopeCountries: new Set(r.countries), k: 11 }));
  const t = new Timings();
  const callers = (i: number): Caller =>
    i % 3 === 2 ? (partners[i % partners.length] ?? analyst) : analyst;

  // Warm up the JIT on a few calls that are not measured.
  for (const f of FILTERS.slice(0, 6)) {
    db.breakdown(analyst, f, 'platform', null);
    db.timeSeries(analyst, f, 'week', 'status', null);
    db.listReports(analyst, f, { field: 'urgency', direction: 'asc' }, 50, null);
  }

  t.time('metadata (analyst)', () => db.metadata(analyst));
  for (const p of partners.slice(0, 5)) t.time('metadata (partner)', () => db.metadata(p));

  // Lists: cold (new filters) for every sort field and direction.
  for (const [i, f] of FILTERS.entries()) {
    const field = sortFields[i % sortFields.length] as SortField;
    const sort: Sort = { field, direction: i % 2 ? 'asc' : 'desc' };
    t.time(`listReports cold, 50 rows`, () => db.listReports(analyst, f, sort, 50, null));
  }
  for (const field of sortFields) {
    for (const direction of ['asc', 'desc'] as const) {
      for (const f of FILTERS.slice(0, 8)) {
        t.time(`listReports cold, sort ${direction === 'desc' ? '-' : ''}${field}`, () =>
          db.listReports(
            analyst,
            { ...f, hasCoordinates: undefined },
            { field, direction },
            200,
            null,
          ),
        );
      }
    }
  }
  // Deep pages: walk to page ~50 of 200 rows, timing each page (warm after the first).
  for (const f of FILTERS.slice(0, 10)) {
    const sort: Sort = { field: 'country', direction: 'desc' };
    let cursor: string | null = null;
    for (let page = 0; page < 50; page++) {
      const res = t.time(
        page === 0 ? 'listReports page 1 (cold)' : 'listReports deeper pages (cursor)',
        () => db.listReports(analyst, f, sort, 200, cursor),
      );
      cursor = res.nextCursor;
      if (!cursor) break;
    }
  }

  const ids = db
    .listReports(analyst, {}, { field: 'receivedAt', direction: 'desc' }, 200, null)
    .items.map((r) => r.id);
  for (const id of ids.slice(0, 60)) t.time('getReport', () => db.getReport(analyst, id));
  for (const id of ids.slice(0, 60))
    t.time('revealNarrative', () => db.revealNarrative(analyst, id));

  // Time series, cold and then warm (same filters as the call before).
  for (const [i, f] of FILTERS.entries()) {
    const c = callers(i);
    const from = f.from ? f : { ...f, from: '2022-03-01' };
    t.time('timeSeries day, cold', () => db.timeSeries(c, from, 'day', null, null));
    t.time('timeSeries week, warm', () => db.timeSeries(c, from, 'week', null, null));
    t.time('timeSeries month groupBy status, warm', () =>
      db.timeSeries(c, from, 'month', 'status', null),
    );
    t.time('timeSeries week groupBy platform, warm', () =>
      db.timeSeries(c, from, 'week', 'platform', null),
    );
    t.time('timeSeries day groupBy country limit 10, warm', () =>
      db.timeSeries(c, from, 'day', 'country', 10),
    );
    t.time('timeSeries week groupBy indicator, warm', () =>
      db.timeSeries(c, from, 'week', 'indicator', null),
    );
  }
  for (const [i, f] of FILTERS.entries()) {
    t.time('timeSeries week groupBy region, cold', () =>
      db.timeSeries(callers(i + 1), f, 'week', 'region', null),
    );
  }
  for (const [i, f] of FILTERS.entries()) {
    t.time('timeSeries month groupBy country (all), cold', () =>
      db.timeSeries(callers(i), f, 'month', 'country', null),
    );
  }

  // Breakdowns of every dimension: cold (a new filter set per call).
  for (const dimension of dimensions) {
    for (const [i, f] of FILTERS.entries()) {
      t.time(`breakdown ${dimension}, cold`, () =>
        db.breakdown(callers(i), f, dimension, dimension === 'country' ? 20 : null),
      );
    }
  }
  for (const [i, f] of FILTERS.entries())
    t.time('countryBins, cold', () => db.countryBins(callers(i), f));
  for (const [i, f] of FILTERS.entries()) {
    t.time('gridBins 1° world, cold', () => db.gridBins(callers(i), f, 1, [-180, -90, 180, 90]));
    t.time('gridBins 0.1° Europe, warm', () => db.gridBins(callers(i), f, 0.1, [-25, 34, 45, 72]));
    t.time('gridBins 0.1° world, warm', () =>
      db.gridBins(callers(i), f, 0.1, [-180, -90, 180, 90]),
    );
    t.time('gridBins 5° across antimeridian, warm', () =>
      db.gridBins(callers(i), f, 5, [100, -60, -60, 75]),
    );
  }
  for (const f of FILTERS.slice(0, 5)) {
    t.time('exportRows, first 10,000 rows', () => {
      let n = 0;
      for (const row of db.exportRows(analyst, f, { field: 'urgency', direction: 'asc' })) {
        if (++n >= 10_000 || !row) break;
      }
    });
  }

  t.print();
  const end = process.memoryUsage();
  console.log(
    `  after queries: rss ${mb(end.rss)}, heap used ${mb(end.heapUsed)}; peak rss ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isFinite(n) && n >= 0);
if (process.env.STORE_BENCH_CHILD === '1' || sizes.length === 1) {
  runSize(sizes[0] ?? 20_000);
} else {
  const all = sizes.length ? sizes : [20_000, 100_000, 1_000_000];
  console.log(`store bench: node ${process.version}, ${all.join(', ')} reports, end date ${END}`);
  const self = fileURLToPath(import.meta.url);
  const runNext = (i: number) => {
    if (i >= all.length) return;
    const child = fork(self, [String(all[i])], { env: { ...process.env, STORE_BENCH_CHILD: '1' } });
    child.on('exit', (code) => {
      if (code !== 0) process.exitCode = code ?? 1;
      runNext(i + 1);
    });
  };
  runNext(0);
}

/**
 * Benchmark of the HTTP mock intake API at several store sizes:
 *
 *   npx tsx tests/bench/api-bench.ts 20000 100000 1000000
 *
 * For each size the server runs in a child process (`node --import tsx mocks/mock-api.ts`),
 * so its resident memory can be read from /proc/<pid>/status. Every endpoint is hit ~30
 * times with the same varied filters at every size; the client-side time (request to last
 * byte) and the server's own `Server-Timing: app;dur=` are reported as median and p95.
 * Results go to the console and to bench-results/api.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import os from 'node:os';
import path from 'node:path';
import { endpoints } from '../../src/api/contract/endpoints.ts';
import { Metadata } from '../../src/api/contract/session-schemas.ts';
import { ReportPage } from '../../src/api/contract/report-schemas.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RUNS = 30;
const ANALYST = 'demo-analyst';
const PARTNER = 'demo-partner-154';

interface Sample {
  clientMs: number;
  /** Server-Timing app;dur: the handler's whole time (parse, store, serialise). */
  serverMs: number | null;
  /** Server-Timing store;dur: the time inside the store alone. */
  storeMs: number | null;
}
interface EndpointStats {
  n: number;
  clientMedian: number;
  clientP95: number;
  serverMedian: number | null;
  serverP95: number | null;
  storeMedian: number | null;
  storeP95: number | null;
  /** Client time of the same request repeated at once (the store's match cache is warm). */
  warmMedian: number | null;
  warmP95: number | null;
  statuses: Record<string, number>;
}
interface SizeResult {
  reports: number;
  readyMs: number;
  storeBuildMs: number;
  rssMbReady: number;
  rssMbAfter: number;
  peakRssMb: number;
  /** 1-minute load average before and after: the figures mean little on a busy machine. */
  loadAverage: [number, number];
  endpoints: Record<string, EndpointStats>;
}

function procStatusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return Math.round(kb / 1024);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

function stats(
  samples: readonly Sample[],
  warm: readonly Sample[],
  statuses: Record<string, number>,
): EndpointStats {
  const sorted = (values: (number | null)[]) =>
    values.flatMap((v) => (v === null ? [] : [v])).sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  const at = (values: number[], q: number) => (values.length ? round(quantile(values, q)) : null);
  const client = sorted(samples.map((s) => s.clientMs));
  const server = sorted(samples.map((s) => s.serverMs));
  const store = sorted(samples.map((s) => s.storeMs));
  const warmClient = sorted(warm.map((s) => s.clientMs));
  return {
    n: samples.length,
    clientMedian: round(quantile(client, 0.5)),
    clientP95: round(quantile(client, 0.95)),
    serverMedian: at(server, 0.5),
    serverP95: at(server, 0.95),
    storeMedian: at(store, 0.5),
    storeP95: at(store, 0.95),
    warmMedian: at(warmClient, 0.5),
    warmP95: at(warmClient, 0.95),
    statuses,
  };
}

/** Starts the server; resolves once it prints its ready line. */
async function startServer(
  reports: number,
): Promise<{ child: ChildProcess; apiUrl: string; readyMs: number; storeBuildMs: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/mock-api.ts'], {
    cwd: ROOT,
    env: { ...process.env, MOCK_API_PORT: '0', MOCK_REPORTS: String(reports), MOCK_SEED: '42' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    if (!child.stdout) return reject(new Error('no stdout'));
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before it was ready`)));
  });
  const readyMs = performance.now() - started;
  const apiUrl = /(http:\/\/\S+\/api\/v1)/.exec(line)?.[1];
  const storeBuildMs = Number(/built in (\d+) ms/.exec(line)?.[1] ?? Number.NaN);
  if (!apiUrl) throw new Error(`unexpected ready line: ${line}`);
  return { child, apiUrl, readyMs, storeBuildMs };
}

async function timed(
  url: string,
  token: string,
  method = 'GET',
): Promise<Sample & { status: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url, { method, headers: { Authorization: `Bearer ${token}` } });
  const body = await response.text();
  const clientMs = performance.now() - started;
  const timing = (name: string) => {
    const dur = new RegExp(`${name};dur=([\\d.]+)`).exec(
      response.headers.get('server-timing') ?? '',
    )?.[1];
    return dur === undefined ? null : Number(dur);
  };
  return {
    clientMs,
    serverMs: timing('app'),
    storeMs: timing('store'),
    status: response.status,
    body,
  };
}

/** The same 30 filter sets at every size; dates are relative to the end of the data. */
function filterVariants(lastDay: string): string[] {
  const daysBefore = (n: number) =>
    new Date(Date.parse(`${lastDay}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
  const last90 = `from=${daysBefore(89)}&to=${lastDay}`;
  const lastYear = `from=${daysBefore(364)}&to=${lastDay}`;
  return [
    '',
    'status=new',
    'urgency=immediate_danger,high',
    'platform=social_media',
    last90,
    lastYear,
    'country=GB,FR,DE',
    'region=154',
    'q=hotel',
    'hasCoordinates=true',
    'bbox=-10,35,30,60',
    'groomingStage=meet_up_coercion&setting=online',
    'indicator=threats,image_blackmail',
    'ageBand=9-17',
    'exploitationType=sexual&source=web_form',
    `${last90}&status=new,triaged`,
    'gender=female&ageBand=0-8,9-17',
    'reporterRelation=self',
    'platform=online_gaming,dating_app&urgency=high',
    'q=friend requests',
    `${lastYear}&region=154,039`,
    'hasCoordinates=false&source=hotline',
    'bbox=170,-50,-170,10',
    'exploitationType=labour&indicator=job_offer,documents_withheld',
    'country=US&status=in_review',
    `${last90}&platform=messaging_app&indicator=sexual_image_request`,
    'setting=physical',
    'q=job abroad&exploitationType=labour',
    'status=closed&urgency=low',
    'groomingStage=exploitation&ageBand=9-17',
  ];
}

async function benchSize(reports: number): Promise<SizeResult> {
  const loadBefore = os.loadavg()[0] ?? 0;
  process.stdout.write(`\n== ${reports.toLocaleString('en')} reports: starting… `);
  const { child, apiUrl, readyMs, storeBuildMs } = await startServer(reports);
  const pid = child.pid ?? 0;
  const rssMbReady = procStatusMb(pid, 'VmRSS');
  process.stdout.write(`ready in ${(readyMs / 1000).toFixed(1)} s, RSS ${rssMbReady} MB\n`);

  const metadata = Metadata.parse(
    JSON.parse((await timed(`${apiUrl}${endpoints.metadata}`, ANALYST)).body),
  );
  const variants = filterVariants(metadata.dataRange.to ?? new Date().toISOString().slice(0, 10));
  const firstPage = ReportPage.parse(
    JSON.parse((await timed(`${apiUrl}${endpoints.reports}?limit=50`, ANALYST)).body),
  );
  const ids = firstPage.items.map((r) => r.id);
  const sorts = ['-receivedAt', 'urgency', '-status', 'country', 'source', '-groomingStage'];
  // As the dashboard picks it: daily buckets for a short range, weekly or monthly otherwise
  // (a daily series over four years, grouped, is half a megabyte no chart needs).
  const intervalFor = (i: number) => {
    const v = variants[i] ?? '';
    if (!v.includes('from=')) return i % 2 ? 'week' : 'month';
    const span =
      Date.parse(/to=([\d-]+)/.exec(v)?.[1] ?? '') - Date.parse(/from=([\d-]+)/.exec(v)?.[1] ?? '');
    return span <= 100 * 86_400_000 ? 'day' : 'week';
  };
  const dims = ['status', 'platform', 'indicator', 'country', 'region', 'ageBand'];
  const cells: [number, string][] = [
    [1, '-180,-90,180,90'],
    [0.25, '-10,35,30,60'],
    [5, '-180,-90,180,90'],
    [0.5, '100,-45,160,10'],
  ];

  // Each request i uses variants[i]; aggregates alternate analyst and partner (suppression costs too).
  const plans: Record<string, (i: number) => { url: string; token: string; method?: string }> = {
    me: () => ({ url: `${apiUrl}${endpoints.me}`, token: ANALYST }),
    metadata: (i) => ({ url: `${apiUrl}${endpoints.metadata}`, token: i % 2 ? PARTNER : ANALYST }),
    'reports (page 1)': (i) => ({
      url: `${apiUrl}${endpoints.reports}?${variants[i]}&sort=${sorts[i % sorts.length]}&limit=50`,
      token: ANALYST,
    }),
    'reports (next page)': (i) => ({
      url: `${apiUrl}${endpoints.reports}?${variants[i]}&sort=${sorts[i % sorts.length]}&limit=50&cursor=__NEXT__`,
      token: ANALYST,
    }),
    report: (i) => ({
      url: `${apiUrl}${endpoints.report(ids[i % ids.length] ?? 'R-0000000')}`,
      token: ANALYST,
    }),
    reveal: (i) => ({
      url: `${apiUrl}${endpoints.reveal(ids[i % ids.length] ?? 'R-0000000')}`,
      token: ANALYST,
      method: 'POST',
    }),
    timeseries: (i) => ({
      url: `${apiUrl}${endpoints.timeseries}?${variants[i]}&interval=${intervalFor(i)}${i % 2 ? `&groupBy=${dims[i % dims.length]}&groupLimit=8` : ''}`,
      token: i % 2 ? PARTNER : ANALYST,
    }),
    breakdown: (i) => ({
      url: `${apiUrl}${endpoints.breakdown}?${variants[i]}&dimension=${dims[i % dims.length]}`,
      token: i % 2 ? PARTNER : ANALYST,
    }),
    countryBins: (i) => ({
      url: `${apiUrl}${endpoints.countryBins}?${variants[i]}`,
      token: i % 2 ? PARTNER : ANALYST,
    }),
    gridBins: (i) => {
      const [cellSize, extent] = cells[i % cells.length] ?? [1, '-180,-90,180,90'];
      return {
        url: `${apiUrl}${endpoints.gridBins}?${variants[i]}&cellSize=${cellSize}&extent=${extent}`,
        token: i % 2 ? PARTNER : ANALYST,
      };
    },
    exportCsv: (i) => ({
      url: `${apiUrl}${endpoints.exportCsv}?${variants[i]}&columns=id,receivedAt,status,country,narrativePreview`,
      token: ANALYST,
    }),
  };

  const results: Record<string, EndpointStats> = {};
  for (const [name, plan] of Object.entries(plans)) {
    const samples: Sample[] = [];
    const warm: Sample[] = [];
    const statuses: Record<string, number> = {};
    for (let i = -2; i < RUNS; i++) {
      const p = plan(Math.max(0, i));
      let url = p.url;
      if (url.includes('__NEXT__')) {
        // The cursor comes from an unmeasured first page with the same filters and sort.
        const first = ReportPage.parse(
          JSON.parse((await timed(url.replace('&cursor=__NEXT__', ''), p.token)).body),
        );
        url =
          first.nextCursor === null
            ? url.replace('&cursor=__NEXT__', '')
            : url.replace('__NEXT__', encodeURIComponent(first.nextCursor));
      }
      const sample = await timed(url, p.token, p.method);
      if (i < 0) continue; // warm-up
      samples.push(sample);
      statuses[sample.status] = (statuses[sample.status] ?? 0) + 1;
      if (!p.method && name !== 'exportCsv') warm.push(await timed(url, p.token));
    }
    results[name] = stats(samples, warm, statuses);
  }

  const rssMbAfter = procStatusMb(pid, 'VmRSS');
  const peakRssMb = procStatusMb(pid, 'VmHWM');
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  child.kill('SIGTERM');
  await exited;
  return {
    reports,
    readyMs: Math.round(readyMs),
    storeBuildMs,
    rssMbReady,
    rssMbAfter,
    peakRssMb,
    loadAverage: [round2(loadBefore), round2(os.loadavg()[0] ?? 0)],
    endpoints: results,
  };
}

function printTable(r: SizeResult): void {
  const num = (x: number | null) => (x === null ? '—' : x.toFixed(1)).padStart(10);
  console.log(
    `\n${r.reports.toLocaleString('en')} reports — ready ${(r.readyMs / 1000).toFixed(2)} s ` +
      `(store built in ${(r.storeBuildMs / 1000).toFixed(2)} s), RSS ${r.rssMbReady} MB ready / ` +
      `${r.rssMbAfter} MB after / ${r.peakRssMb} MB peak; load average ${r.loadAverage.join(' → ')}`,
  );
  console.log('times in ms; cold = new filters each request, warm = the same request repeated');
  const heads = [
    'cold p50',
    'cold p95',
    'warm p50',
    'warm p95',
    'app p50',
    'app p95',
    'store p50',
    'store p95',
  ];
  console.log(
    `${'endpoint'.padEnd(20)}${'n'.padStart(4)}${heads.map((h) => h.padStart(10)).join('')}  statuses`,
  );
  for (const [name, s] of Object.entries(r.endpoints)) {
    const cells = [
      s.clientMedian,
      s.clientP95,
      s.warmMedian,
      s.warmP95,
      s.serverMedian,
      s.serverP95,
      s.storeMedian,
      s.storeP95,
    ];
    console.log(
      `${name.padEnd(20)}${String(s.n).padStart(4)}${cells.map(num).join('')}  ${JSON.stringify(s.statuses)}`,
    );
  }
}

function checkTargets(r: SizeResult): string[] {
  const aggregates = ['timeseries', 'breakdown', 'countryBins', 'gridBins'];
  const lists = ['reports (page 1)', 'reports (next page)'];
  const lines = [
    `ready < 15 s: ${(r.readyMs / 1000).toFixed(2)} s ${r.readyMs < 15_000 ? 'PASS' : 'FAIL'}`,
    `RSS < 1.5 GB: ${r.peakRssMb} MB peak ${r.peakRssMb < 1536 ? 'PASS' : 'FAIL'}`,
  ];
  // Judged on the cold p95 (new filters every time: the worst case), warm shown beside it.
  const judge = (names: string[], limit: number) => {
    for (const name of names) {
      const s = r.endpoints[name];
      if (!s) continue;
      const verdict = s.clientP95 < limit ? 'PASS' : 'FAIL';
      lines.push(
        `${name} p95 < ${limit} ms: cold ${s.clientP95} ms ${verdict} (cold p50 ${s.clientMedian}, warm p95 ${s.warmP95 ?? '—'})`,
      );
    }
  };
  judge(aggregates, 100);
  judge(lists, 50);
  return lines;
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
  if (sizes.length === 0) sizes.push(20_000);
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const r = await benchSize(size);
    results.push(r);
    printTable(r);
  }
  const largest = results.at(-1);
  if (largest) {
    console.log(
      `\nTargets (checked at ${largest.reports.toLocaleString('en')} reports; set for 1,000,000):`,
    );
    for (const line of checkTargets(largest)) console.log(`  ${line}`);
  }
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  const out = path.join(ROOT, 'bench-results', 'api.json');
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, runsPerEndpoint: RUNS, results }, null, 2)}\n`,
  );
  console.log(`\nWrote ${path.relative(ROOT, out)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * `npm run budget`: builds the app twice — for a real intake API and as the default (the
 * API mocked in the browser) — and fails when
 *  - the JavaScript on the critical path (see critical-path.ts) is over 170 kB gzipped, in
 *    either build; for a real API, with sign-in configured, the sign-in chunk that
 *    src/main.tsx awaits before rendering counts too;
 *  - zod is on that critical path: the schemas load with the first answer (decision 30);
 *  - zod is not tree-shaken: a chunk holds parts of it the app never uses (decision 32);
 *  - the real-API build carries any mock code (msw, the generator, the seeded store, faker,
 *    mockServiceWorker.js), found by source map and by marker (see mock-code.ts).
 * Prints every chunk's raw and gzipped size. A build takes seconds, so it builds its own
 * (under dist-e2e/budget/, which git ignores) rather than trust whatever is lying around.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { closingSentences } from '../../mocks/generator/narrative-fragments.ts';
import { COMPILE_HINT } from '../../src/build/compile-hint-plugin.ts';
import {
  chunkSizes,
  criticalPathFiles,
  criticalTotal,
  formatChunkTable,
  startupFiles,
  type Manifest,
} from './critical-path.ts';
import {
  markersIn,
  mockMarkers,
  mockSourcesIn,
  staleDetectors,
  type Finding,
} from './mock-code.ts';
import { unusedZodParts } from './zod-parts.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** kB of 1,000 bytes, gzipped: the issue's budget for what index.html loads before the first view. */
const CRITICAL_PATH_BUDGET_BYTES = 170_000;
/** Any address will do: the build only bakes it in. */
const REAL_API_URL = 'https://intake.example.org/api/v1';

interface Build {
  name: string;
  dir: string;
  env: Record<string, string | undefined>;
  /**
   * Chunks src/main.tsx awaits before the first render, counted with the critical path. The
   * mock worker (default build) is not: the issue puts mocks outside the first page's budget.
   */
  startup: string[];
}

const builds: Build[] = [
  {
    name: 'real intake API',
    dir: path.join(ROOT, 'dist-e2e/budget/real-api'),
    // What a deployment builds: sign-in configured, no VITE_DEMO_API.
    env: {
      VITE_INTAKE_API_URL: REAL_API_URL,
      VITE_DEMO_API: undefined,
      VITE_OIDC_AUTHORITY: 'https://login.example.org',
      VITE_OIDC_CLIENT_ID: 'intake-dashboard',
    },
    startup: ['src/auth/oidc-session.ts'],
  },
  {
    name: 'default (mocked API in the browser)',
    dir: path.join(ROOT, 'dist-e2e/budget/mock'),
    env: {
      VITE_INTAKE_API_URL: undefined,
      VITE_DEMO_API: undefined,
      VITE_OIDC_AUTHORITY: undefined,
      VITE_OIDC_CLIENT_ID: undefined,
    },
    startup: [],
  },
];

function build({ dir, env }: Build) {
  const merged: NodeJS.ProcessEnv = { ...process.env };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete merged[k];
    else merged[k] = v;
  }
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: ROOT, env: merged, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error(`vite build failed for ${dir}`);
}

function readBuild(dir: string) {
  const manifest = JSON.parse(
    readFileSync(path.join(dir, '.vite/manifest.json'), 'utf8'),
  ) as Manifest;
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const assets = readdirSync(path.join(dir, 'assets'));
  const js = assets
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: `assets/${f}`, content: readFileSync(path.join(dir, 'assets', f)) }));
  const maps = assets
    .filter((f) => f.endsWith('.js.map'))
    .map((f) => ({
      file: `assets/${f}`,
      sources: (
        JSON.parse(readFileSync(path.join(dir, 'assets', f), 'utf8')) as { sources: string[] }
      ).sources,
    }));
  return { manifest, html, js, maps };
}

function summarise(findings: Finding[]): string {
  return findings.map((f) => `    ${f.what}: ${f.evidence} (in ${f.file})`).join('\n');
}

function main() {
  const failures: string[] = [];
  const generatorSentence =
    closingSentences.find((s) => /^[A-Za-z ,.]{20,}$/.test(s)) ?? closingSentences[0] ?? '';
  const markers = mockMarkers(generatorSentence);
  const read: Record<string, ReturnType<typeof readBuild>> = {};

  for (const b of builds) {
    const started = performance.now();
    build(b);
    const built = readBuild(b.dir);
    read[b.name] = built;
    const critical = [
      ...new Set([
        ...criticalPathFiles(built.manifest, built.html),
        ...startupFiles(built.manifest, b.startup),
      ]),
    ];
    const chunks = chunkSizes(built.js, built.manifest, critical);
    const total = criticalTotal(chunks);
    const over = total.gzip > CRITICAL_PATH_BUDGET_BYTES;
    console.log(
      `\n${b.name}: built in ${((performance.now() - started) / 1000).toFixed(1)} s, ${chunks.length} JS chunks (* before the first view: the entry, its static imports${b.startup.length ? `, ${b.startup.join(', ')}` : ''})\n`,
    );
    console.log(formatChunkTable(chunks));
    console.log(
      `\n  critical path: ${(total.raw / 1000).toFixed(1)} kB raw, ${(total.gzip / 1000).toFixed(1)} kB gzipped ` +
        `(budget ${CRITICAL_PATH_BUDGET_BYTES / 1000} kB): ${over ? 'OVER BUDGET' : 'within budget'}`,
    );
    // Every chunk starts with V8's compile hint (src/build/compile-hint-plugin.ts).
    const unhinted = built.js.filter(
      (f) =>
        !f.content.toString('utf8', 0, COMPILE_HINT.length + 1).startsWith(`${COMPILE_HINT}\n`),
    );
    console.log(
      `  compile hint: in ${built.js.length - unhinted.length} of ${built.js.length} chunks`,
    );
    if (unhinted.length)
      failures.push(
        `${b.name}: no compile hint on the first line of ${unhinted.map((f) => f.file).join(', ')}`,
      );
    // zod and the answers' schemas load with the first answer, not before the first view
    // (README decision 30): a static import of a schema from the entry would undo that.
    const zodBefore = built.maps.filter(
      (m) =>
        critical.includes(m.file.replace(/\.map$/, '')) &&
        m.sources.some((source) => source.includes('node_modules/zod/')),
    );
    console.log(
      `  zod before the first view: ${zodBefore.length ? `in ${zodBefore.map((m) => m.file).join(', ')}` : 'no'}`,
    );
    if (zodBefore.length)
      failures.push(`${b.name}: zod is on the critical path (a static import of a schema?)`);
    // zod tree-shaken to what the schemas use (README decision 32).
    const zodParts = unusedZodParts(built.maps);
    console.log(
      `  zod tree-shaken: ${zodParts.length ? `no: ${[...new Set(zodParts.map((p) => `${p.what} in ${p.file}`))].join('; ')}` : 'yes (no other locale, no JIT compiler, no JSON Schema reader)'}`,
    );
    if (zodParts.length)
      failures.push(
        `${b.name}: zod is not tree-shaken (${zodParts.length} unused files, e.g. ${zodParts[0]!.source}); is src/lib/zod.ts imported with import()?`,
      );
    if (over)
      failures.push(
        `${b.name}: critical-path JavaScript is ${(total.gzip / 1000).toFixed(1)} kB gzipped, over ${CRITICAL_PATH_BUDGET_BYTES / 1000} kB`,
      );
  }

  const mock = read[builds[1]!.name]!;
  const real = read[builds[0]!.name]!;
  const asText = (files: { file: string; content: Buffer }[]) =>
    files.map((f) => ({ file: f.file, content: f.content.toString('utf8') }));

  const stale = staleDetectors(asText(mock.js), mock.maps, markers);
  failures.push(...stale.map((s) => `mock-code check: ${s}`));

  const fromMaps = mockSourcesIn(real.maps);
  const fromMarkers = markersIn(asText(real.js), markers);
  const workerFile = existsSync(path.join(builds[0]!.dir, 'mockServiceWorker.js'));
  const indexHtmlMarkers = markersIn([{ file: 'index.html', content: real.html }], markers);
  const clean = !fromMaps.length && !fromMarkers.length && !workerFile && !indexHtmlMarkers.length;
  console.log(
    `\nMock code in the real-API build: ${clean ? 'none' : 'FOUND'} ` +
      `(checked ${real.maps.length} source maps for ${['mocks/', 'msw', '@mswjs', 'faker'].join(', ')}; ` +
      `${real.js.length} chunks for ${markers.length} markers; mockServiceWorker.js ${workerFile ? 'present' : 'absent'})`,
  );
  if (fromMaps.length) failures.push(`real-API build has mock modules:\n${summarise(fromMaps)}`);
  if (fromMarkers.length || indexHtmlMarkers.length)
    failures.push(
      `real-API build has mock markers:\n${summarise([...fromMarkers, ...indexHtmlMarkers])}`,
    );
  if (workerFile) failures.push('real-API build ships mockServiceWorker.js');

  if (failures.length) {
    console.error(`\nBudget check failed:\n- ${failures.join('\n- ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nBudget check passed.');
  }
}

main();

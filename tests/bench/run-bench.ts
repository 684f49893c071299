/**
 * `npm run bench`: every benchmark, one after another, each printing its own figures and
 * writing JSON under bench-results/. Sizes default to 10k, 100k and 1M reports;
 * BENCH_SIZES="10000 100000" narrows them for a quick look.
 *  1. the mocked intake API alone, every endpoint (api.json);
 *  2. the whole dashboard in Chromium at each size: the overview cold and warm, filter
 *     changes with the server's time apart, long tasks, heap, Lighthouse; at the largest
 *     size the cases, trends and map views too (dashboard.json);
 *  3. the map against every point clustered in the browser, 100k reports (map.json).
 * The ports are 9400–9499.
 *
 * Figures, never pass/fail: these machines are noisy, so speed is measured here and read
 * by people, not asserted by a timed unit test.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const sizes = (process.env.BENCH_SIZES ?? '10000 100000 1000000').split(/\s+/).filter(Boolean);

/**
 * Each script's limit, far beyond any run seen. Once, a browser step of the map benchmark
 * waited for ever on an idle machine, and the command never ended; it did not happen again.
 */
const SCRIPT_LIMIT_MINUTES = 60;

function run(title: string, script: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n=== ${title} ===\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: 'inherit',
    timeout: SCRIPT_LIMIT_MINUTES * 60_000,
  });
  if (result.error && 'code' in result.error && result.error.code === 'ETIMEDOUT') {
    console.error(`${title} stopped: still running after ${SCRIPT_LIMIT_MINUTES} minutes`);
    process.exitCode = 1;
  } else if (result.status !== 0) {
    console.error(`${title} failed (exit ${result.status ?? result.signal})`);
    process.exitCode = 1;
  }
}

run('Mocked intake API: start-up, memory and every endpoint', 'tests/bench/api-bench.ts', sizes);
run(
  'The whole dashboard in Chromium: overview, filter changes, Lighthouse, every view',
  'tests/bench/dashboard-bench.ts',
  [],
  { BENCH_SIZES: sizes.join(' ') },
);
run(
  'The map against every point clustered in the browser (leaflet.markercluster), 100k reports',
  'tests/bench/map-bench.ts',
  [],
);

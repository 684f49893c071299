/**
 * `npm run bench`: every benchmark, one after another, each printing its own figures
 * (and writing JSON under bench-results/). Sizes default to 20k, 100k and 1M reports;
 * BENCH_SIZES="20000 100000" narrows them for a quick look.
 *
 * Figures, never pass/fail: these machines are noisy, so speed is measured here and read
 * by people, not asserted by a timed unit test.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const sizes = (process.env.BENCH_SIZES ?? '20000 100000 1000000').split(/\s+/).filter(Boolean);

function run(title: string, script: string, args: string[]): void {
  console.log(`\n=== ${title} ===\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error(`${title} failed (exit ${result.status ?? result.signal})`);
    process.exitCode = 1;
  }
}

run('Mocked intake API: start-up, memory and every endpoint', 'tests/bench/api-bench.ts', sizes);
const largest = String(Math.max(...sizes.map(Number)));
run(
  `The views in Chromium at ${Number(largest).toLocaleString('en-GB')} reports`,
  'tests/bench/browser-bench.ts',
  [largest],
);
run(
  'The map against every point clustered in the browser (leaflet.markercluster), 100k reports',
  'tests/bench/map-bench.ts',
  [],
);

/** Child processes for the browser benchmarks: servers to wait for, builds to wait out. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Starts `node args…` and resolves once its output matches `readyLine`. */
export function startChild(args: string[], env: Record<string, string>, readyLine: RegExp) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<ChildProcess>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (readyLine.test(output)) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`${args.join(' ')} exited (${code}):\n${output}`)),
    );
  });
  // Exiting once ready (killed at the end) is not a failure; before that, `ready` rejects.
  ready.catch(() => {});
  return { child, ready };
}

/** Runs `node args…` to the end; rejects on a non-zero exit. */
export async function runChild(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${args.join(' ')} failed (${code})`);
}

const VITE = path.join(ROOT, 'node_modules/vite/bin/vite.js');

/** The build-time settings of the app for the demo HTTP API at 127.0.0.1:`apiPort`. */
const appEnv = (apiPort: number) => ({
  VITE_INTAKE_API_URL: `http://127.0.0.1:${apiPort}/api/v1`,
  VITE_DEMO_API: 'true',
  VITE_API_BATCH: 'true',
});

/** Builds the app for the demo HTTP API at 127.0.0.1:`apiPort` (baked in at build time). */
export function buildAppForMockApi({ apiPort, outDir }: { apiPort: number; outDir: string }) {
  return runChild(
    [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    appEnv(apiPort),
  );
}

/** `npm run mock-api` (the real HTTP server) with `reports` seeded reports. */
export function startMockApiServer({ reports, apiPort }: { reports: number; apiPort: number }) {
  return startChild(
    ['--import', 'tsx', 'mocks/mock-api.ts'],
    { MOCK_API_PORT: String(apiPort), MOCK_REPORTS: String(reports), MOCK_SEED: '42' },
    /ready at/,
  );
}

/**
 * `vite preview` of a build in `outDir` made for the API at `apiPort`: preview needs the
 * same settings, since it sends a Content-Security-Policy whose connect-src names the API.
 */
export function startPreview({
  outDir,
  appPort,
  apiPort,
}: {
  outDir: string;
  appPort: number;
  apiPort: number;
}) {
  return startChild(
    [VITE, 'preview', '--outDir', outDir, '--port', String(appPort), '--strictPort'],
    appEnv(apiPort),
    new RegExp(`127\\.0\\.0\\.1:${appPort}`),
  );
}

/**
 * The app built for the demo HTTP API and served by `vite preview`, with `npm run mock-api`
 * at `reports` behind it. Every process started is pushed onto `children` at once, so the
 * caller can stop them whatever happens. Resolves with the app's URL once both are ready.
 */
export async function serveAppOnMockApi(
  {
    reports,
    apiPort,
    appPort,
    outDir,
  }: { reports: number; apiPort: number; appPort: number; outDir: string },
  children: ChildProcess[],
): Promise<string> {
  const api = startMockApiServer({ reports, apiPort });
  children.push(api.child);
  await buildAppForMockApi({ apiPort, outDir });
  const preview = startPreview({ outDir, appPort, apiPort });
  children.push(preview.child);
  await Promise.all([api.ready, preview.ready]);
  return `http://127.0.0.1:${appPort}`;
}

/** Stops a child and resolves once it has exited (its port is free again). */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

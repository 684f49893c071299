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
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  const api = startChild(
    ['--import', 'tsx', 'mocks/mock-api.ts'],
    { MOCK_API_PORT: String(apiPort), MOCK_REPORTS: String(reports), MOCK_SEED: '42' },
    /ready at/,
  );
  children.push(api.child);
  await runChild([vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    VITE_INTAKE_API_URL: `http://127.0.0.1:${apiPort}/api/v1`,
    VITE_DEMO_API: 'true',
  });
  const preview = startChild(
    [vite, 'preview', '--outDir', outDir, '--port', String(appPort), '--strictPort'],
    {},
    new RegExp(`127\\.0\\.0\\.1:${appPort}`),
  );
  children.push(preview.child);
  await Promise.all([api.ready, preview.ready]);
  return `http://127.0.0.1:${appPort}`;
}

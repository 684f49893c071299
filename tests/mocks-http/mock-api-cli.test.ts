import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { Me } from '../../src/api/contract/session-schemas.ts';

const exitCode = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

/** `npm run mock-api`, as the benchmark and a developer start it. */
describe('mock-api CLI', () => {
  it('prints one ready line with its URL, serves, and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/mock-api.ts'], {
      env: { ...process.env, MOCK_API_PORT: '0', MOCK_REPORTS: '800', MOCK_SEED: '3' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const lines = createInterface({ input: child.stdout });
    const line = await new Promise<string>((resolve) => lines.once('line', resolve));
    expect(line).toMatch(
      /^Mock intake API ready at http:\/\/127\.0\.0\.1:\d+\/api\/v1 — 800 reports \(seed 3\), store built in \d+ ms$/,
    );
    const apiUrl = /(http:\/\/\S+\/api\/v1)/.exec(line)?.[1];
    const me = await fetch(`${apiUrl}/me`, { headers: { Authorization: 'Bearer demo-analyst' } });
    expect(Me.parse(await me.json()).role).toBe('analyst');

    const exited = exitCode(child);
    child.kill('SIGTERM');
    const code = await exited;
    expect(code).toBe(0);
    expect(stderr).toBe('');
  }, 30_000);

  it('refuses a bad MOCK_SCENARIO with exit code 1 and a message', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'mocks/mock-api.ts'], {
      env: {
        ...process.env,
        MOCK_API_PORT: '0',
        MOCK_REPORTS: '10',
        MOCK_SCENARIO: '{"latencyMs": -5}',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    expect(await exitCode(child)).toBe(1);
    expect(stderr).toMatch(/^mock-api: invalid scenario/);
  }, 30_000);
});

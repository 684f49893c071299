import { readMockApiEnv, startMockApi } from './http-server.ts';

/**
 * `npm run mock-api`: the mocked intake API on 127.0.0.1 until Ctrl-C. Configured by the
 * environment (see readMockApiEnv); prints one line once it answers.
 */

async function main(): Promise<void> {
  const options = readMockApiEnv(process.env);
  const api = await startMockApi(options);
  process.stdout.write(
    `Mock intake API ready at ${api.apiUrl} — ${api.db.size} reports (seed ${options.seed}), ` +
      `store built in ${Math.round(api.buildMs)} ms\n`,
  );
  if (options.oidc) {
    process.stdout.write(
      `Accepting access tokens from ${options.oidc.issuer} for ${options.oidc.audience}` +
        `${options.demoTokens === false ? ' (demo tokens off)' : ' and the demo tokens'}\n`,
    );
  }
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    api.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`mock-api: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

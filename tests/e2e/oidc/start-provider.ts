import { startTestProvider } from './test-provider.ts';

/**
 * Playwright's webServer for the `oidc` project: the test provider until killed.
 * OIDC_PROVIDER_PORT, OIDC_APP_ORIGIN (the dashboard) and OIDC_API_AUDIENCE (the intake API).
 */
const required = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const provider = await startTestProvider({
  port: Number(required('OIDC_PROVIDER_PORT')),
  appOrigin: required('OIDC_APP_ORIGIN'),
  apiAudience: required('OIDC_API_AUDIENCE'),
});
process.stdout.write(`Test OpenID Connect provider at ${provider.issuer}\n`);
const stop = () => void provider.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/chromium.ts';

/**
 * End-to-end tests in Debian's Chromium (nothing downloads a browser here), against the
 * built app served by `vite preview`, two ways:
 *  - `worker`: the default build, the MSW browser worker as the intake API;
 *  - `http`: a build with VITE_INTAKE_API_URL pointing at `npm run mock-api`, a real HTTP server;
 *  - `oidc`: a build that signs in with OpenID Connect at a local provider (oidc-provider,
 *    tests/e2e/oidc/), against the HTTP mock checking its tokens (MOCK_OIDC_ISSUER).
 */
// E2E_PORT_OFFSET lets two runs share a machine (e.g. 100 → 4273, 4274, 8887).
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const WORKER_PORT = 4173 + offset;
const HTTP_APP_PORT = 4174 + offset;
const MOCK_API_PORT = 8787 + offset;
const OIDC_APP_PORT = 4190 + offset;
const OIDC_PROVIDER_PORT = 9000 + offset;
const OIDC_API_PORT = 9001 + offset;
const OIDC_APP_ORIGIN = `http://127.0.0.1:${OIDC_APP_PORT}`;
const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PROVIDER_PORT}`;
const OIDC_API_URL = `http://127.0.0.1:${OIDC_API_PORT}/api/v1`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: `test-results/run${offset}`,
  use: {
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  metadata: { mockApiUrl: `http://127.0.0.1:${MOCK_API_PORT}` },
  projects: [
    {
      name: 'worker',
      use: { baseURL: `http://127.0.0.1:${WORKER_PORT}` },
      testIgnore: ['**/http-mode.spec.ts', '**/oidc.spec.ts'],
    },
    {
      name: 'http',
      use: { baseURL: `http://127.0.0.1:${HTTP_APP_PORT}` },
      // One serial file: the server's failure scenario is shared by every page that uses it.
      testMatch: '**/http-mode.spec.ts',
    },
    {
      name: 'oidc',
      use: { baseURL: OIDC_APP_ORIGIN },
      testMatch: '**/oidc.spec.ts',
    },
  ],
  webServer: [
    {
      command: `npx vite build --outDir dist-e2e/worker${offset} --emptyOutDir && npx vite preview --outDir dist-e2e/worker${offset} --port ${WORKER_PORT} --strictPort`,
      url: `http://127.0.0.1:${WORKER_PORT}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: `npx tsx mocks/mock-api.ts`,
      url: `http://127.0.0.1:${MOCK_API_PORT}/openapi.json`,
      env: { MOCK_API_PORT: String(MOCK_API_PORT), MOCK_REPORTS: '20000', MOCK_SEED: '42' },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `npx vite build --outDir dist-e2e/http${offset} --emptyOutDir && npx vite preview --outDir dist-e2e/http${offset} --port ${HTTP_APP_PORT} --strictPort`,
      url: `http://127.0.0.1:${HTTP_APP_PORT}`,
      env: {
        VITE_INTAKE_API_URL: `http://127.0.0.1:${MOCK_API_PORT}/api/v1`,
        VITE_DEMO_API: 'true',
        VITE_API_BATCH: 'true',
      },
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      command: `npx tsx tests/e2e/oidc/start-provider.ts`,
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      env: {
        OIDC_PROVIDER_PORT: String(OIDC_PROVIDER_PORT),
        OIDC_APP_ORIGIN,
        OIDC_API_AUDIENCE: OIDC_API_URL,
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx tsx mocks/mock-api.ts`,
      url: `http://127.0.0.1:${OIDC_API_PORT}/openapi.json`,
      env: {
        MOCK_API_PORT: String(OIDC_API_PORT),
        MOCK_REPORTS: '20000',
        MOCK_SEED: '42',
        MOCK_OIDC_ISSUER: OIDC_ISSUER,
        MOCK_OIDC_AUDIENCE: OIDC_API_URL,
        MOCK_DEMO_TOKENS: 'false',
      },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `npx vite build --outDir dist-e2e/oidc${offset} --emptyOutDir && npx vite preview --outDir dist-e2e/oidc${offset} --port ${OIDC_APP_PORT} --strictPort`,
      url: OIDC_APP_ORIGIN,
      env: {
        VITE_INTAKE_API_URL: OIDC_API_URL,
        VITE_OIDC_AUTHORITY: OIDC_ISSUER,
        VITE_OIDC_CLIENT_ID: 'intake-dashboard',
      },
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});

/// <reference types="vitest/config" />
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { securityHeaders } from './src/security/csp.ts';
import { zodJitlessInEveryChunk } from './src/security/zod-jitless-banner.ts';
import { compileHintInEveryChunk } from './src/build/compile-hint-plugin.ts';
import {
  precompressAssets,
  servePrecompressedOnPreview,
} from './src/build/precompressed-assets.ts';

/**
 * A build for a real intake API must carry no mock code. The JS side is handled in
 * src/main.tsx (the mock import sits behind a statically replaced env check); this drops
 * the MSW worker script that Vite copies from public/.
 */
function dropMockWorkerForRealApi(realApi: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'drop-mock-worker-for-real-api',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      if (realApi) rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/**
 * `vite preview` serves the build with the same CSP and security headers a static host
 * should send (src/security/csp.ts; README "Security and privacy"), so the end-to-end suite
 * runs with the policy enforced. The dev server is left without it: Vite's HMR and React
 * Refresh need inline script and a websocket.
 */
function securityHeadersOnPreview(env: Record<string, string>): Plugin {
  const headers = securityHeaders({
    intakeApiUrl: env.VITE_INTAKE_API_URL,
    oidcAuthority: env.VITE_OIDC_AUTHORITY,
    tileUrlTemplate: env.VITE_MAP_TILE_URL,
  });
  return {
    name: 'security-headers-on-preview',
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    dropMockWorkerForRealApi(Boolean(loadEnv(mode, process.cwd(), 'VITE_').VITE_INTAKE_API_URL)),
    securityHeadersOnPreview(loadEnv(mode, process.cwd(), 'VITE_')),
    // After the security headers: its middleware answers without passing on.
    servePrecompressedOnPreview(),
    zodJitlessInEveryChunk(),
    compileHintInEveryChunk(),
    precompressAssets(),
  ],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  // The manifest lets `npm run budget` follow the entry's static imports (the critical path).
  build: { target: 'es2022', sourcemap: true, manifest: true },
  test: {
    // Many tests wait (retry back-offs, the API's timers) more than they compute, so more
    // workers than cores pays: on 2 cores, 3 workers take the suite from ~4.5 to ~3 minutes.
    maxWorkers: Math.max(3, availableParallelism()),
    // Two worlds: pure logic and the mocked API run in Node; components in jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Property tests and CLI runs take 1–2.5 s here and ~3× that on a loaded CI machine,
          // where the 5 s default failed a test once: allow what the dom project allows.
          testTimeout: 20_000,
          include: ['tests/**/*.test.ts', 'mocks/**/*.test.ts', 'src/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          setupFiles: ['tests/setup/node-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // Whole-app tests render real pages (charts, map) in jsdom against the mocked API:
          // seconds on a busy 2-core machine, so allow more than the 5 s default.
          testTimeout: 20_000,
          include: ['tests/**/*.test.tsx', 'src/**/*.test.tsx'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          setupFiles: ['tests/setup/dom-setup.ts'],
        },
      },
    ],
  },
}));

// First, before anything heavy is evaluated: start loading the opened page's chunk.
import './app/routes/start-page-load.ts';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { notifyManager } from '@tanstack/react-query';
import { configureApiClient } from './api/client/http-client.ts';
import { parseConfig } from './lib/config.ts';
import { createQueryClient } from './lib/query-client.ts';
import { yieldToMain } from './lib/yield-to-main.ts';
import { createNotifyBatcher } from './lib/notify-batcher.ts';
import { AppProviders } from './app/providers.tsx';
import { ConfigErrorPage } from './app/config-error-page.tsx';
import { StartupErrorPage } from './app/startup-error-page.tsx';
import { AppRouter, createAppRouter } from './app/routes/routes.tsx';
import { sessionToken } from './app/session/session-token.ts';
import { OidcSessionProvider } from './auth/auth-context.tsx';
import type { OidcSession } from './auth/oidc-session-types.ts';
import { SignedOutPage } from './auth/signed-out-page.tsx';
import { applyTheme, readThemePreference } from './app/theme/theme.ts';
import './styles/app.css';

// Answers that land together render together (see notify-batcher.ts).
notifyManager.setScheduler(createNotifyBatcher());

// Before the first paint, so a chosen dark theme does not flash light.
applyTheme(readThemePreference());

const root = createRoot(document.getElementById('root')!, {
  // Views catch their own render errors and say so; keep the details for developers.
  onCaughtError: (error, info) =>
    console.warn('Caught by an error boundary:', error, info.componentStack),
});

const result = parseConfig(import.meta.env);

async function start() {
  if (!result.ok) {
    root.render(<ConfigErrorPage problems={result.problems} />);
    return;
  }
  // Vite replaces `import.meta.env.VITE_INTAKE_API_URL` with its literal value at build
  // time. With the variable set this condition is constant-false, so the branch, the
  // dynamic import and the whole mock chunk (msw, the seeded store) are dropped from the
  // bundle. Keep this test exactly this simple, or the tree-shaking stops working.
  if (!import.meta.env.VITE_INTAKE_API_URL) {
    try {
      const { startBrowserMock } = await import('../mocks/browser.ts');
      await startBrowserMock();
    } catch (error) {
      root.render(
        <StartupErrorPage reason={error instanceof Error ? error.message : String(error)} />,
      );
      return;
    }
  }
  const { config } = result;
  // With OpenID Connect the signed-in user's access token goes to the API; without it, the
  // demo persona's token (mock mode and the demo server) or none.
  let auth: OidcSession | null = null;
  if (config.oidc) {
    // Its own chunk: builds without sign-in never load oidc-client-ts.
    const { startOidcSession } = await import('./auth/oidc-session.ts');
    const started = await startOidcSession(config.oidc);
    if (started.kind === 'redirecting') return;
    if (started.kind !== 'signed-in') {
      root.render(
        <SignedOutPage
          signIn={started.signIn}
          failure={started.kind === 'failed' ? started.reason : undefined}
        />,
      );
      return;
    }
    auth = started.session;
  }
  configureApiClient({
    baseUrl: config.apiBaseUrl,
    getToken: auth ? auth.getToken : sessionToken.get,
    batch: config.apiBatch ?? false,
  });
  // The entry's modules have just been evaluated, a long task of its own: create the router
  // (which starts loading the page's chunk) and render in the next one.
  await yieldToMain();
  const queryClient = createQueryClient();
  // A transition: React renders the app in short slices, not one long task at load.
  startTransition(() =>
    root.render(
      <StrictMode>
        <OidcSessionProvider session={auth}>
          <AppProviders config={config} queryClient={queryClient}>
            <AppRouter router={createAppRouter()} />
          </AppProviders>
        </OidcSessionProvider>
      </StrictMode>,
    ),
  );
}

void start();

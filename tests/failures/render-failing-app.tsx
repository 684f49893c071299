import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { configureApiClient } from '../../src/api/client/http-client.ts';
import { AppProviders } from '../../src/app/providers.tsx';
import { AppRouter, createRoutes } from '../../src/app/routes/routes.tsx';
import { sessionToken } from '../../src/app/session/session-token.ts';
import { createQueryClient } from '../../src/lib/query-client.ts';
import { testConfig } from '../setup/render.tsx';

/** The client gives up on an unanswered request after this long (20 s in the app). */
export const TEST_TIMEOUT_MS = 200;
/** Between retries (1, 2, 4 s in the app) and between recovery polls (20 s in the app). */
export const TEST_RETRY_DELAY_MS = 5;
export const TEST_RECOVERY_POLL_MS = 500;

/**
 * The whole app with the app's own query client (its retry and recovery policy, not the
 * test default of no retries), only with the waits shortened so a failure matrix runs in
 * seconds: what is retried, how often, and that views recover by themselves are the app's.
 */
export function renderFailingApp(url: string) {
  const queryClient = createQueryClient({
    retryDelayMs: TEST_RETRY_DELAY_MS,
    recoveryPollMs: TEST_RECOVERY_POLL_MS,
  });
  configureApiClient({
    baseUrl: testConfig.apiBaseUrl,
    getToken: sessionToken.get,
    timeoutMs: TEST_TIMEOUT_MS,
  });
  const router = createMemoryRouter(createRoutes(), { initialEntries: [url] });
  const user = userEvent.setup();
  const result = render(
    <AppProviders config={testConfig} queryClient={queryClient}>
      <AppRouter router={router} />
    </AppProviders>,
  );
  return { ...result, user, router, queryClient };
}

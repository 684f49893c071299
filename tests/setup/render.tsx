import { Profiler, type ReactElement, type ReactNode } from 'react';
import { configure, render, type RenderOptions } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { MemoryRouter, createMemoryRouter } from 'react-router';
import { configureApiClient } from '../../src/api/client/http-client.ts';
import type { AppConfig } from '../../src/lib/config.ts';
import { AppProviders } from '../../src/app/providers.tsx';
import { AppRouter, createRoutes } from '../../src/app/routes/routes.tsx';
import { sessionToken } from '../../src/app/session/session-token.ts';

/**
 * Test rendering with the app's real providers: a fresh QueryClient per test (no retries,
 * so an error shows at once), the session, the filter layer, and a router seeded with a URL.
 */

// Pages are lazy chunks and answers come through msw: on a loaded 2-core CI box the first
// render of a page can take more than Testing Library's default second.
configure({ asyncUtilTimeout: 15_000 });

export const testConfig: AppConfig = {
  mode: 'mock',
  apiBaseUrl: '/api/v1',
  demoApi: false,
  personaSwitcher: true,
  mapTiles: null,
};

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The app's staleTime (query-client.ts): a view mounted a moment after its answer
      // came (a deferred render) reads it from the cache instead of asking again.
      queries: { retry: false, refetchOnWindowFocus: false, gcTime: Infinity, staleTime: 60_000 },
      mutations: { retry: false },
    },
  });
}

export interface ProviderOptions {
  /** The persona's token; the analyst by default. */
  persona?: string;
  config?: Partial<AppConfig>;
  queryClient?: QueryClient;
  renderOptions?: Omit<RenderOptions, 'wrapper'>;
}

function setUp({ persona, config, queryClient }: ProviderOptions) {
  const fullConfig = { ...testConfig, ...config };
  const client = queryClient ?? createTestQueryClient();
  configureApiClient({
    baseUrl: fullConfig.apiBaseUrl,
    getToken: sessionToken.get,
    timeoutMs: 20_000,
  });
  const wrap = (children: ReactNode) => (
    <AppProviders config={fullConfig} queryClient={client} initialToken={persona}>
      {children}
    </AppProviders>
  );
  return { client, wrap };
}

/** A component on its own, under a MemoryRouter at `url`. */
export function renderWithProviders(
  ui: ReactElement,
  options: ProviderOptions & { url?: string } = {},
) {
  const { client, wrap } = setUp(options);
  const user = userEvent.setup();
  const result = render(
    wrap(<MemoryRouter initialEntries={[options.url ?? '/']}>{ui}</MemoryRouter>),
    options.renderOptions,
  );
  return { ...result, user, queryClient: client };
}

/** The router `renderApp` renders, at `url`. */
export const createTestRouter = (url = '/') =>
  createMemoryRouter(createRoutes(), { initialEntries: [url] });

interface AppOptions extends ProviderOptions {
  /** A router made beforehand (e.g. one whose page has loaded already). */
  router?: ReturnType<typeof createTestRouter>;
  /** Called at every commit React makes of the app, the DOM updated. */
  onCommit?: () => void;
}

/** The whole app (layout, lazy pages) at `url`; `router` shows the location and history. */
export function renderApp(url = '/', options: AppOptions = {}) {
  const { client, wrap } = setUp(options);
  const router = options.router ?? createTestRouter(url);
  const user = userEvent.setup();
  const app = <AppRouter router={router} />;
  const result = render(
    wrap(
      options.onCommit ? (
        <Profiler id="app" onRender={options.onCommit}>
          {app}
        </Profiler>
      ) : (
        app
      ),
    ),
    options.renderOptions,
  );
  const location = () => router.state.location;
  const search = () => new URLSearchParams(router.state.location.search);
  return { ...result, user, router, queryClient: client, location, search };
}

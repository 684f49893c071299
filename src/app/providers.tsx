import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { FilterProvider } from '../filters/filter-provider.tsx';
import type { AppConfig } from '../lib/config.ts';
import { ConfigProvider } from '../lib/config-context.tsx';
import { SessionProvider } from './session/session-provider.tsx';

interface AppProvidersProps {
  config: AppConfig;
  queryClient: QueryClient;
  /** The persona to start as (tests); the analyst by default. */
  initialToken?: string;
  children: ReactNode;
}

/** Everything the app needs around the router; tests use the same, with their own router. */
export function AppProviders({ config, queryClient, initialToken, children }: AppProvidersProps) {
  return (
    <ConfigProvider config={config}>
      <QueryClientProvider client={queryClient}>
        <SessionProvider demo={config.personaSwitcher} initialToken={initialToken}>
          <FilterProvider>{children}</FilterProvider>
        </SessionProvider>
      </QueryClientProvider>
    </ConfigProvider>
  );
}

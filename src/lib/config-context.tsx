import { createContext, useContext, type ReactNode } from 'react';
import type { AppConfig } from './config.ts';

/** The validated configuration, for any component that needs it (e.g. the map's tiles). */
const ConfigContext = createContext<AppConfig | null>(null);

export function ConfigProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  return <ConfigContext value={config}>{children}</ConfigContext>;
}

export function useConfig(): AppConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('useConfig must be used inside <ConfigProvider>');
  return config;
}

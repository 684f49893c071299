import { useEffect, useId, useState } from 'react';
import {
  applyTheme,
  readThemePreference,
  storeThemePreference,
  themePreferences,
  type ThemePreference,
} from './theme.ts';

const labels: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** System / Light / Dark. Following the system means following its changes too. */
export function ThemeToggle() {
  const [preference, setPreference] = useState<ThemePreference>(readThemePreference);
  const id = useId();

  useEffect(() => {
    applyTheme(preference);
    if (preference !== 'system' || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => applyTheme('system');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [preference]);

  return (
    <div className="field field-inline">
      <label htmlFor={id}>Theme</label>
      <select
        id={id}
        value={preference}
        onChange={(e) => {
          const next = themePreferences.find((p) => p === e.target.value) ?? 'system';
          storeThemePreference(next);
          setPreference(next);
        }}
      >
        {themePreferences.map((p) => (
          <option key={p} value={p}>
            {labels[p]}
          </option>
        ))}
      </select>
    </div>
  );
}

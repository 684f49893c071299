import { useCallback, useEffect, useState } from 'react';
import {
  COLUMN_PREFS_KEY,
  loadColumnPrefs,
  saveColumnPrefs,
  type ColumnPrefs,
} from '../lib/column-prefs.ts';

/**
 * The case table's column layout, remembered in this browser. Read once on mount, written
 * on every change, and followed across tabs (the `storage` event) so two open dashboards
 * do not overwrite each other's layout with a stale copy.
 */
export function useColumnPrefs(storage?: Storage): [ColumnPrefs, (next: ColumnPrefs) => void] {
  const [prefs, setPrefs] = useState(() => loadColumnPrefs(storage));

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === COLUMN_PREFS_KEY) setPrefs(loadColumnPrefs(storage));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [storage]);

  const update = useCallback(
    (next: ColumnPrefs) => {
      setPrefs(next);
      saveColumnPrefs(next, storage);
    },
    [storage],
  );
  return [prefs, update];
}

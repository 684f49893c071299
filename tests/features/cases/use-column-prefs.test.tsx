import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useColumnPrefs } from '../../../src/features/cases/hooks/use-column-prefs.ts';
import {
  COLUMN_PREFS_KEY,
  defaultColumnPrefs,
  serialiseColumnPrefs,
  setColumnVisible,
} from '../../../src/features/cases/lib/column-prefs.ts';

afterEach(() => localStorage.clear());

describe('useColumnPrefs', () => {
  it('starts from defaults, saves every change under its one key, and reads it back', () => {
    const { result, unmount } = renderHook(() => useColumnPrefs());
    expect(result.current[0]).toEqual(defaultColumnPrefs());
    const hidden = setColumnVisible(defaultColumnPrefs(), 'tags', false);
    act(() => result.current[1](hidden));
    expect(result.current[0]).toEqual(hidden);
    expect(Object.keys(localStorage)).toEqual([COLUMN_PREFS_KEY]);
    unmount();
    expect(renderHook(() => useColumnPrefs()).result.current[0]).toEqual(hidden);
  });

  it('ignores a corrupt stored value', () => {
    localStorage.setItem(COLUMN_PREFS_KEY, '{"version":1,"order":');
    expect(renderHook(() => useColumnPrefs()).result.current[0]).toEqual(defaultColumnPrefs());
  });

  it('follows a change made in another tab', () => {
    const { result } = renderHook(() => useColumnPrefs());
    const other = setColumnVisible(defaultColumnPrefs(), 'source', false);
    act(() => {
      localStorage.setItem(COLUMN_PREFS_KEY, serialiseColumnPrefs(other));
      window.dispatchEvent(new StorageEvent('storage', { key: COLUMN_PREFS_KEY }));
    });
    expect(result.current[0]).toEqual(other);
  });
});

/**
 * Keyboard movement between the rows of the case table (roving tabindex): which row has
 * focus after a key. Pure, so every edge (empty list, first and last row, a list that
 * shrank under the focus) is unit-tested instead of discovered in a browser.
 */

export interface RowNavState {
  /** The row that holds tabindex=0; 0 when the list is empty. */
  focusedIndex: number;
}

export type RowNavAction =
  | { type: 'key'; key: string; ctrlKey?: boolean; rowCount: number; pageSize: number }
  | { type: 'focus'; index: number; rowCount: number }
  | { type: 'reset' };

export const navigationKeys = ['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'];

export function isNavigationKey(key: string): boolean {
  return navigationKeys.includes(key);
}

const clamp = (i: number, rowCount: number) => Math.max(0, Math.min(rowCount - 1, i));

function target(from: number, key: string, rowCount: number, pageSize: number): number {
  const page = Math.max(1, Math.floor(pageSize));
  switch (key) {
    case 'ArrowUp':
      return from - 1;
    case 'ArrowDown':
      return from + 1;
    case 'PageUp':
      return from - page;
    case 'PageDown':
      return from + page;
    case 'Home':
      return 0;
    case 'End':
      return rowCount - 1;
    default:
      return from;
  }
}

export function rowNavigationReducer(state: RowNavState, action: RowNavAction): RowNavState {
  switch (action.type) {
    case 'reset':
      return state.focusedIndex === 0 ? state : { focusedIndex: 0 };
    case 'focus': {
      const focusedIndex = action.rowCount > 0 ? clamp(action.index, action.rowCount) : 0;
      return focusedIndex === state.focusedIndex ? state : { focusedIndex };
    }
    case 'key': {
      if (action.rowCount <= 0) return state.focusedIndex === 0 ? state : { focusedIndex: 0 };
      // Start from where focus really is, even if rows were removed since it moved there.
      const from = clamp(state.focusedIndex, action.rowCount);
      const focusedIndex = clamp(
        target(from, action.key, action.rowCount, action.pageSize),
        action.rowCount,
      );
      return focusedIndex === state.focusedIndex ? state : { focusedIndex };
    }
  }
}

/**
 * Which rows to put in the DOM: the virtualiser's window, capped at `max` so even a very
 * tall screen stays under about 100 rows, plus the focused row wherever it is, so keyboard
 * focus survives scrolling it out of view (and Tab comes back to it).
 */
export function rowWindow(indexes: readonly number[], focusedIndex: number, max: number): number[] {
  // No rows in the window means no rows at all: there is nothing to keep focus on.
  if (!indexes.length) return [];
  const kept = indexes.slice(0, Math.max(1, max));
  if (focusedIndex < 0 || kept.includes(focusedIndex)) return kept;
  if (kept.length >= max) kept.pop();
  return [...kept, focusedIndex].sort((a, b) => a - b);
}

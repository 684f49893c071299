import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useReducer,
  useRef,
  type KeyboardEvent,
} from 'react';
import { isNavigationKey, rowNavigationReducer, rowWindow } from '../lib/row-navigation.ts';
import type { CaseTableInstance } from './use-case-table.ts';

/** Fixed sizes (px): every row is one line, so the scroll height is exact without measuring. */
export const ROW_HEIGHT = 40;
export const HEADER_HEIGHT = 44;
/** However tall the screen and however far the scroll, no more rows than this in the DOM. */
export const MAX_RENDERED_ROWS = 100;
const OVERSCAN = 10;
/** Ask for the next page this many rows before the end, so scrolling rarely waits. */
const LOAD_AHEAD = 40;
const estimateSize = () => ROW_HEIGHT;

export interface CaseTableBodyProps {
  table: CaseTableInstance;
  scrollElement: HTMLDivElement | null;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  onOpenCase: (id: string, index: number) => void;
  openCaseId?: string;
  scrollResetKey?: string;
}

export function CaseTableBody(props: CaseTableBodyProps) {
  const { table, scrollElement, hasNextPage, isFetchingNextPage, onLoadMore, onOpenCase } = props;
  const rows = table.getRowModel().rows;
  const [nav, dispatch] = useReducer(rowNavigationReducer, { focusedIndex: 0 });
  const focused = rows.length ? Math.min(nav.focusedIndex, rows.length - 1) : -1;
  const bodyRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);

  // Stable, so the virtualiser keeps its measurements between renders (it recomputes them
  // for every row when the key function changes).
  const getItemKey = useCallback((i: number) => rows[i]?.id ?? i, [rows]);
  const rangeExtractor = useCallback(
    (range: Range) => rowWindow(defaultRangeExtractor(range), focused, MAX_RENDERED_ROWS),
    [focused],
  );
  // TanStack Virtual returns a mutable instance the React Compiler cannot memoise; this
  // component is not compiled, which is fine: it re-renders only on scroll and data.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollElement,
    estimateSize,
    overscan: OVERSCAN,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    getItemKey,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();
  const lastVisible = virtualizer.range?.endIndex ?? -1;

  // Only once the window is known (lastVisible ≥ 0), so mounting does not ask twice.
  useEffect(() => {
    const nearEnd = lastVisible >= 0 && lastVisible >= rows.length - 1 - LOAD_AHEAD;
    if (hasNextPage && !isFetchingNextPage && nearEnd) onLoadMore();
  }, [hasNextPage, isFetchingNextPage, lastVisible, rows.length, onLoadMore]);

  // New filters or sort: back to the top, focus on the first row. The scroll box is moved
  // directly; the virtualiser follows its scroll event (calling it from an effect would
  // make it flushSync inside React's commit).
  useEffect(() => {
    dispatch({ type: 'reset' });
    if (scrollElement) scrollElement.scrollTop = 0;
  }, [props.scrollResetKey, scrollElement]);

  // After a key moved focus, focus the row (the window always renders the focused row).
  useLayoutEffect(() => {
    if (!focusPending.current || focused < 0) return;
    focusPending.current = false;
    bodyRef.current
      ?.querySelector<HTMLElement>(`[data-index="${focused}"]`)
      ?.focus({ preventScroll: true });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Only the row's own keys: never a key pressed in something inside it.
    if (event.target !== event.currentTarget) return;
    const index = Number(event.currentTarget.dataset.index);
    const row = rows[index];
    if (event.key === 'Enter' && row) {
      event.preventDefault();
      onOpenCase(row.id, index);
    } else if (isNavigationKey(event.key)) {
      event.preventDefault();
      const height = virtualizer.scrollRect?.height ?? 0;
      const pageSize = Math.max(1, Math.floor((height - HEADER_HEIGHT) / ROW_HEIGHT));
      const action = { type: 'key', key: event.key, rowCount: rows.length, pageSize } as const;
      // Scroll here, not in an effect: the virtualiser re-renders with flushSync, which
      // React does not allow inside a layout effect.
      virtualizer.scrollToIndex(rowNavigationReducer(nav, action).focusedIndex);
      focusPending.current = true;
      dispatch(action);
    }
  };

  return (
    <div
      role="rowgroup"
      ref={bodyRef}
      className="case-tbody"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <div
            key={row.id}
            role="row"
            aria-rowindex={item.index + 2}
            aria-current={row.id === props.openCaseId || undefined}
            data-index={item.index}
            tabIndex={item.index === focused ? 0 : -1}
            className="case-tr"
            style={{ transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
            onFocus={() => dispatch({ type: 'focus', index: item.index, rowCount: rows.length })}
            onClick={() => onOpenCase(row.id, item.index)}
            onKeyDown={onKeyDown}
          >
            {row.getVisibleCells().map((cell, c) => (
              <div key={cell.id} role="gridcell" aria-colindex={c + 1} className="case-td">
                <table.FlexRender cell={cell} />
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}

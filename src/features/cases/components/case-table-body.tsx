import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useReducer,
  useRef,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { ListPosition } from '../lib/list-position.ts';
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
  onOpenCase: (id: string, index: number, position: { scrollTop: number }) => void;
  openCaseId?: string;
  scrollResetKey?: string;
  restore?: ListPosition;
}

/**
 * The scrollTop that shows row `index` whole below the sticky header: `preferred` (where the
 * list was) if it already does, else one that puts the row mid-screen.
 */
export function scrollTopShowing(index: number, preferred: number, viewportHeight: number) {
  const rowTop = index * ROW_HEIGHT;
  const visibleRows = Math.max(ROW_HEIGHT, viewportHeight - HEADER_HEIGHT);
  if (rowTop >= preferred && rowTop + ROW_HEIGHT <= preferred + visibleRows) return preferred;
  return Math.max(0, rowTop - Math.floor((visibleRows - ROW_HEIGHT) / 2));
}

export function CaseTableBody(props: CaseTableBodyProps) {
  const { table, scrollElement, hasNextPage, isFetchingNextPage, onLoadMore, onOpenCase } = props;
  const rows = table.getRowModel().rows;
  const [nav, dispatch] = useReducer(rowNavigationReducer, { focusedIndex: 0 });
  const focused = rows.length ? Math.min(nav.focusedIndex, rows.length - 1) : -1;
  const bodyRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const rowsRef = useRef(rows);
  useLayoutEffect(() => {
    rowsRef.current = rows;
  }, [rows]);

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

  // New filters or sort: back to the top, focus on the first row. Coming back from a case
  // (the first time the scroll box exists, with `restore`): where the list was, the case
  // focused. The scroll box is moved directly; the virtualiser follows its scroll event
  // (calling it from an effect would make it flushSync inside React's commit).
  const restoreRef = useRef(props.restore);
  const restoreFocus = useRef(false);
  const lastReset = useRef<{ key: string | undefined; element: HTMLDivElement } | null>(null);
  useEffect(() => {
    if (!scrollElement) return;
    const previous = lastReset.current;
    // Nothing new (an effect run twice in development): keep the position just set.
    if (previous && previous.key === props.scrollResetKey && previous.element === scrollElement)
      return;
    lastReset.current = { key: props.scrollResetKey, element: scrollElement };
    const restore = previous === null ? restoreRef.current : undefined;
    const current = rowsRef.current;
    const found = restore ? current.findIndex((r) => r.id === restore.id) : -1;
    const index = restore ? (found >= 0 ? found : Math.min(restore.index, current.length - 1)) : -1;
    if (!restore || index < 0) {
      dispatch({ type: 'reset' });
      scrollElement.scrollTop = 0;
      return;
    }
    scrollElement.scrollTop = scrollTopShowing(
      index,
      restore.scrollTop,
      scrollElement.clientHeight,
    );
    dispatch({ type: 'focus', index, rowCount: current.length });
    // Focused after the render that puts the row in the window (see below); not scrolled
    // into view inside the box (it is already), but the page scrolls to it if it must.
    focusPending.current = true;
    restoreFocus.current = true;
  }, [props.scrollResetKey, scrollElement]);

  // After a key moved focus, focus the row (the window always renders the focused row).
  useLayoutEffect(() => {
    if (!focusPending.current || focused < 0) return;
    const row = bodyRef.current?.querySelector<HTMLElement>(`[data-index="${focused}"]`);
    if (!row) return;
    focusPending.current = false;
    row.focus({ preventScroll: !restoreFocus.current });
    restoreFocus.current = false;
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Only the row's own keys: never a key pressed in something inside it.
    if (event.target !== event.currentTarget) return;
    const index = Number(event.currentTarget.dataset.index);
    const row = rows[index];
    if (event.key === 'Enter' && row) {
      event.preventDefault();
      onOpenCase(row.id, index, { scrollTop: scrollElement?.scrollTop ?? 0 });
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

  // The rows get stable handlers that call this render's: a row re-renders only when what
  // it shows changes, not on every scroll frame.
  const handlers = useRef<RowHandlers>(null);
  useLayoutEffect(() => {
    handlers.current = {
      keyDown: onKeyDown,
      focus: (index) => dispatch({ type: 'focus', index, rowCount: rows.length }),
      open: (index) => {
        const row = rows[index];
        if (row) onOpenCase(row.id, index, { scrollTop: scrollElement?.scrollTop ?? 0 });
      },
    };
  });
  const columnsKey = table
    .getVisibleLeafColumns()
    .map((c) => c.id)
    .join(',');

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
          <CaseTableRow
            key={row.id}
            table={table}
            row={row}
            index={item.index}
            top={item.start - HEADER_HEIGHT}
            focused={item.index === focused}
            current={row.id === props.openCaseId}
            columnsKey={columnsKey}
            handlers={handlers}
          />
        );
      })}
    </div>
  );
}

interface RowHandlers {
  keyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  focus: (index: number) => void;
  open: (index: number) => void;
}

interface CaseTableRowProps {
  table: CaseTableInstance;
  row: ReturnType<CaseTableInstance['getRowModel']>['rows'][number];
  index: number;
  top: number;
  focused: boolean;
  current: boolean;
  /** The visible columns in order: the cells change when they do. */
  columnsKey: string;
  handlers: RefObject<RowHandlers | null>;
}

const CaseTableRow = memo(function CaseTableRow(props: CaseTableRowProps) {
  const { table, row, index, top, focused, current, handlers } = props;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-current={current || undefined}
      data-index={index}
      tabIndex={focused ? 0 : -1}
      className="case-tr"
      style={{ transform: `translateY(${top}px)` }}
      onFocus={() => handlers.current?.focus(index)}
      onClick={() => handlers.current?.open(index)}
      onKeyDown={(event) => handlers.current?.keyDown(event)}
    >
      {row.getVisibleCells().map((cell, c) => (
        <div key={cell.id} role="gridcell" aria-colindex={c + 1} className="case-td">
          <table.FlexRender cell={cell} />
        </div>
      ))}
    </div>
  );
});

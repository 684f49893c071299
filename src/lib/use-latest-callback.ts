import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A callback whose identity never changes but which always runs the latest `fn`. The
 * filter writers change with every URL, and handing a new one to each chart (or to each of
 * the map's countries) would redraw all of them on any change; with this, a chart or a
 * country redraws only when its data does.
 * Only for event handlers (called after render), never during render.
 */
export function useLatestCallback<A extends unknown[], R>(fn: (...args: A) => R) {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}

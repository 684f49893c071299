import { useCallback, useState } from 'react';

/** Whether an element's content overflows it (so it scrolls), kept current as it resizes. */
export function useScrollable<E extends HTMLElement>() {
  const [scrollable, setScrollable] = useState(false);
  const ref = useCallback((node: E | null) => {
    if (!node) return;
    const measure = () =>
      setScrollable(
        node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1,
      );
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    // The table inside grows and shrinks with the data and hidden series.
    if (node.firstElementChild) observer.observe(node.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return [ref, scrollable] as const;
}

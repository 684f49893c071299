import { useCallback, useState } from 'react';

/**
 * The width of an element, kept current with a ResizeObserver: charts are drawn at their
 * container's width, and the width decides how many buckets a series may have. Null until
 * the element is in the page. Where nothing can be measured (no layout: tests, a hidden
 * element) the `fallback` stands in, so the chart still draws.
 */
export function useElementWidth<E extends HTMLElement>(fallback: number) {
  const [width, setWidth] = useState<number | null>(null);
  const ref = useCallback(
    (node: E | null) => {
      if (!node) return;
      const measure = () => setWidth(node.clientWidth > 0 ? node.clientWidth : fallback);
      if (typeof ResizeObserver === 'undefined') {
        measure();
        return;
      }
      // Measured when the observer first reports, after the browser's own layout, not here:
      // reading the width while React attaches the ref forces the style and layout of
      // everything just inserted, in the same task (60–150 ms at the overview's first load).
      const observer = new ResizeObserver(measure);
      observer.observe(node);
      return () => observer.disconnect();
    },
    [fallback],
  );
  return [ref, width] as const;
}

import { useEffect, useState } from 'react';

/**
 * How many of `total` items to draw: `step` more in each new task until all are drawn.
 * Leaflet creates a layer's SVG path while React commits it, and commits are never split:
 * ~180 countries added at once were one long task at load. A step at a time, each commit is
 * short and the page stays responsive between them.
 */
export function useProgressiveCount(total: number, step: number): number {
  const [count, setCount] = useState(step);
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => setCount((c) => c + step), 0);
    return () => clearTimeout(timer);
  }, [count, total, step]);
  return Math.min(count, total);
}

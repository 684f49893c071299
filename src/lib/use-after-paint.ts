import { useEffect, useState } from 'react';

/**
 * False until the page has painted once since the component mounted. For heavy widgets that
 * read layout as they start (Leaflet measures its container): started in the same task as
 * the page around them, they force the style and layout of all of it in one long task;
 * started after the paint, only their own.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame callback runs before the paint; a task queued from it runs after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

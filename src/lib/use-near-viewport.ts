import { useCallback, useEffect, useState, type RefCallback } from 'react';

/**
 * False until the element comes within `margin` of the viewport (then true for good). For
 * heavy widgets below the fold: a page that builds them only when they are about to be seen
 * opens with less work. The first report comes in a task after the page's first layout, so a
 * widget already in view still starts after the paint, not inside the commit that made it.
 *
 * Printing shows the whole page: a `beforeprint` starts everything still waiting. So does
 * the Tab key: what waits has no focusable parts yet, and a keyboard user would tab straight
 * past them. React commits a key's update in a microtask, ahead of the key's default action,
 * so the parts are there before focus moves; one whose code has still to load comes a moment
 * later, long before the user has tabbed to it. Without IntersectionObserver (old browsers,
 * jsdom) the element counts as in view.
 */
export function useNearViewport<T extends Element>(margin = '200px'): [RefCallback<T>, boolean] {
  const [near, setNear] = useState(false);
  const ref = useCallback(
    (el: T | null) => {
      if (!el || near) return;
      if (typeof IntersectionObserver === 'undefined') {
        setNear(true);
        return;
      }
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          observer.disconnect();
          setNear(true);
        },
        { rootMargin: `${margin} 0px ${margin} 0px` },
      );
      observer.observe(el);
      return () => observer.disconnect();
    },
    [near, margin],
  );
  useEffect(() => {
    if (near) return;
    const show = () => setNear(true);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Tab') show();
    };
    window.addEventListener('beforeprint', show);
    window.addEventListener('keydown', onKey, { capture: true });
    return () => {
      window.removeEventListener('beforeprint', show);
      window.removeEventListener('keydown', onKey, { capture: true });
    };
  }, [near]);
  return [ref, near];
}

import { useCallback, useMemo } from 'react';
import { useLocation } from 'react-router';
import type { ViewParamName } from './view-params.ts';
import { useUrlWriter } from './use-url-writer.ts';

export type ViewParamPatch = Partial<Record<ViewParamName, string | null>>;

/**
 * Reading and writing a view's own URL parameters (map position, sort, chart options)
 * without touching the filters. Register a new parameter in `view-params.ts` first, or the
 * filter layer drops it as unknown.
 */
export function useViewParams() {
  const { search } = useLocation();
  const writeUrl = useUrlWriter();
  const viewParams = useMemo(() => new URLSearchParams(search), [search]);
  const setViewParams = useCallback(
    (patch: ViewParamPatch, { replace = true }: { replace?: boolean } = {}) =>
      // Replace by default: panning a map or flipping a chart option should not fill history.
      writeUrl(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(patch)) {
            if (value === null || value === undefined || value === '') next.delete(name);
            else next.set(name, value);
          }
          return next;
        },
        { replace },
      ),
    [writeUrl],
  );
  return { viewParams, setViewParams };
}

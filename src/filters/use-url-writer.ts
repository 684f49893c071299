import { useLayoutEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useLatestCallback } from '../lib/use-latest-callback.ts';
import { useFilterContext } from './filter-provider.tsx';

/**
 * Writes the query string from the newest URL, not from this render's: a debounce timer or
 * a second handler in the same event (search commits on blur, then the clicked checkbox
 * changes) may run before React has rendered the previous write.
 */
export function useUrlWriter() {
  const { search, pathname } = useLocation();
  const navigate = useNavigate();
  const { urlWritesRef } = useFilterContext();

  useLayoutEffect(() => {
    urlWritesRef.current = { rendered: search, pending: null };
  }, [search, urlWritesRef]);

  // One function for the component's life: the filter setters built on it keep their identity
  // from one URL to the next, so memoised views they are handed (the overview's map, with a
  // path per country) are not re-rendered by the render that only starts a change's reads.
  return useLatestCallback(
    (next: (current: URLSearchParams) => URLSearchParams, { replace }: { replace: boolean }) => {
      const { rendered, pending } = urlWritesRef.current;
      const out = next(new URLSearchParams(pending ?? rendered ?? search));
      const nextSearch = out.size ? `?${out}` : '';
      urlWritesRef.current = { rendered, pending: nextSearch };
      navigate({ pathname, search: nextSearch }, { replace, preventScrollReset: true });
    },
  );
}

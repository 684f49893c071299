import { useCallback, useLayoutEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
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

  return useCallback(
    (next: (current: URLSearchParams) => URLSearchParams, { replace }: { replace: boolean }) => {
      const { rendered, pending } = urlWritesRef.current;
      const out = next(new URLSearchParams(pending ?? rendered ?? search));
      const nextSearch = out.size ? `?${out}` : '';
      urlWritesRef.current = { rendered, pending: nextSearch };
      navigate({ pathname, search: nextSearch }, { replace, preventScrollReset: true });
    },
    [navigate, pathname, search, urlWritesRef],
  );
}

import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { createFilterReads, type FilterReads } from './filter-reads.ts';
import type { FilterNotice } from './filter-state.ts';

/**
 * What the filter layer keeps beside the URL, never instead of it:
 * - notices about dropped URL parameters, which must outlive the bad URL (it is cleaned at
 *   once) until the user dismisses them;
 * - the last search string written, so two writes in one event (a search box committing on
 *   blur, then the checkbox that took the focus) build on each other instead of the second
 *   overwriting the first from a stale render;
 * - what each mounted view reads for a set of filters, so a change's reads leave before
 *   React renders it (see filter-reads.ts).
 */

export interface ShownNotice extends FilterNotice {
  id: number;
}

export interface UrlWriteState {
  /** The URL's search string as last rendered. */
  rendered: string | null;
  /** Written but not rendered yet; cleared when the location changes. */
  pending: string | null;
}

interface FilterContextValue {
  notices: ShownNotice[];
  addNotices: (notices: FilterNotice[]) => void;
  dismissNotice: (id: number) => void;
  urlWritesRef: RefObject<UrlWriteState>;
  reads: FilterReads;
}

const FilterContext = createContext<FilterContextValue | null>(null);
let nextId = 1;

export function FilterProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<ShownNotice[]>([]);
  const urlWritesRef = useRef<UrlWriteState>({ rendered: null, pending: null });
  const [reads] = useState(createFilterReads);
  const addNotices = useCallback((incoming: FilterNotice[]) => {
    setNotices((current) => {
      // The same bad link opened twice (or an effect run twice) should say it once.
      const fresh = incoming.filter((n) => !current.some((c) => c.message === n.message));
      return fresh.length
        ? [...current, ...fresh.map((n) => ({ ...n, id: nextId++ }))].slice(-8)
        : current;
    });
  }, []);
  const dismissNotice = useCallback((id: number) => {
    setNotices((current) => current.filter((n) => n.id !== id));
  }, []);
  const value = useMemo(
    () => ({ notices, addNotices, dismissNotice, urlWritesRef, reads }),
    [notices, addNotices, dismissNotice, reads],
  );
  return <FilterContext value={value}>{children}</FilterContext>;
}

export function useFilterContext(): FilterContextValue {
  const value = useContext(FilterContext);
  if (!value) throw new Error('Filter hooks must be used inside <FilterProvider>');
  return value;
}

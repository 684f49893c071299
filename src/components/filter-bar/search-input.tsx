import { useEffect, useId, useRef, useState } from 'react';
import { Q_MAX_LENGTH } from '../../api/contract/filter-params.ts';
import { useFilters } from '../../filters/use-filters.ts';

export const SEARCH_DEBOUNCE_MS = 300;

/**
 * Free-text search, written to the URL 300 ms after the last keystroke. The draft text is
 * the one piece of filter state held outside the URL, and only while typing: when the URL
 * changes for another reason (Back, a chip removed, Clear all) the box follows it.
 */
export function SearchInput() {
  const { filters, setFilters } = useFilters();
  const urlQ = filters.q ?? '';
  const [draft, setDraft] = useState(urlQ);
  const id = useId();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // What we last wrote: the URL catching up with our own write is not a reason to resync.
  const written = useRef(urlQ);
  // One typing session is one history entry: the first write pushes, the rest replace.
  const pushed = useRef(false);

  useEffect(() => {
    if (urlQ === written.current) return;
    written.current = urlQ;
    clearTimeout(timer.current);
    setDraft(urlQ);
  }, [urlQ]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (value: string) => {
    clearTimeout(timer.current);
    const q = value.trim();
    if (q === written.current) return;
    written.current = q;
    setFilters({ q: q || undefined }, { replace: pushed.current });
    pushed.current = true;
  };

  return (
    <div className="field search-field">
      <label htmlFor={id}>Search</label>
      <input
        id={id}
        type="search"
        value={draft}
        maxLength={Q_MAX_LENGTH}
        placeholder="Words in the report, tags or id"
        autoComplete="off"
        onChange={(e) => {
          const value = e.target.value;
          setDraft(value);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(value), SEARCH_DEBOUNCE_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(draft);
        }}
        onBlur={() => {
          commit(draft);
          pushed.current = false;
        }}
      />
    </div>
  );
}

import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { todayUtc } from '../lib/dates.ts';
import { parseFilterUrl } from './filter-state.ts';
import { useFilterContext } from './filter-provider.tsx';

/**
 * Takes bad and unknown parameters out of the address bar (replacing the entry: the bad
 * URL should not be one Back away) and says what was dropped. Views never see the bad
 * values either way: `useFilters` parses them out. Mounted once, in the layout.
 */
export function FilterUrlGuard() {
  const { search, pathname, hash } = useLocation();
  const navigate = useNavigate();
  const { addNotices } = useFilterContext();

  useEffect(() => {
    const { notices, cleaned } = parseFilterUrl(new URLSearchParams(search), todayUtc());
    if (!cleaned) return;
    addNotices(notices);
    navigate(
      { pathname, search: cleaned.size ? `?${cleaned}` : '', hash },
      { replace: true, preventScrollReset: true },
    );
  }, [search, pathname, hash, addNotices, navigate]);

  return null;
}

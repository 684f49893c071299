import { useCallback, useMemo } from 'react';
import {
  DEFAULT_SORT,
  formatSort,
  parseSort,
  type Sort,
} from '../../../api/contract/list-params.ts';
import { useViewParams } from '../../../filters/use-view-params.ts';

/**
 * The case list's sort, in the URL with the filters (`sort=-receivedAt`). The default is
 * left out of the URL; a value the API would not accept falls back to the default. A sort
 * change pushes a history entry, like a filter change, so Back undoes it.
 */
export function useListSort(): { sort: Sort; setSort: (sort: Sort) => void } {
  const { viewParams, setViewParams } = useViewParams();
  const raw = viewParams.get('sort');
  const sort = useMemo(() => parseSort(raw) ?? DEFAULT_SORT, [raw]);
  const setSort = useCallback(
    (next: Sort) => {
      const text = formatSort(next);
      setViewParams(
        { sort: text === formatSort(DEFAULT_SORT) ? null : text, cursor: null, page: null },
        { replace: false },
      );
    },
    [setViewParams],
  );
  return { sort, setSort };
}

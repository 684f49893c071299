import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Count } from '../../../api/contract/common-schemas.ts';
import { QueryState } from '../../../components/query-state.tsx';

const EMPTY = 'No reports match these filters. Widen the dates or remove a filter.';

/** The map's loading, error and empty states, around what is drawn from its answer. */
export function MapDataState<T extends { total: Count }>(props: {
  query: UseQueryResult<T>;
  label: string;
  children: ReactNode;
}) {
  return (
    <QueryState
      query={props.query}
      label={props.label}
      isEmpty={(data) => data.total.count === 0}
      empty={EMPTY}
    >
      {() => props.children}
    </QueryState>
  );
}

import type { ReactNode } from 'react';
import type { Filters } from '../../../api/contract/filter-params.ts';
import { useMe, useMetadata } from '../../../api/session/me-query.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { todayUtc } from '../../../lib/dates.ts';
import { resolvePeriod, type Period } from '../lib/period.ts';

/**
 * What every trend needs before it can ask for data: k (from `/me`; withheld counts read
 * "<k") and both ends of the period (for "all time", the caller's data range from
 * `/metadata`). Both are cached for the session, so this rarely waits. The children stay
 * mounted from one range to another, so a zoom's undo history survives "all time".
 */

export interface TrendScopeValue {
  k: number;
  period: Period;
  /** Analysts': no count is ever withheld (the contract suppresses partners' only). */
  exactCounts: boolean;
}

interface TrendScopeProps {
  /** `apiFilters`. */
  filters: Filters;
  children: (scope: TrendScopeValue) => ReactNode;
}

export function TrendScope({ filters, children }: TrendScopeProps) {
  const me = useMe();
  const metadata = useMetadata();
  const period = resolvePeriod(filters, metadata.data?.dataRange, todayUtc());
  return (
    <QueryState query={me} label="your access">
      {({ suppressionThreshold: k, role }) =>
        period ? (
          children({ k, period, exactCounts: role === 'analyst' })
        ) : (
          // Only "all time" (or an open-ended custom range) waits for the data range.
          <QueryState query={metadata} label="the dates with reports">
            {() => null}
          </QueryState>
        )
      }
    </QueryState>
  );
}

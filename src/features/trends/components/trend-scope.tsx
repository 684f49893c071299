import type { ReactNode } from 'react';
import type { Filters } from '../../../api/contract/filter-params.ts';
import { useMe, useMetadata } from '../../../api/session/me-query.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { useReadsOnFilterChange } from '../../../filters/use-filter-reads.ts';
import { todayUtc } from '../../../lib/dates.ts';
import type { Read } from '../../../lib/use-early-query.ts';
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

/** The period the scope finds for a set of filters: both ends, or null while unknown. */
function usePeriodOf(): (filters: Filters) => Period | null {
  const dataRange = useMetadata().data?.dataRange;
  return (filters) => resolvePeriod(filters, dataRange, todayUtc());
}

/**
 * A trend view's reads for other filters, over their period, started with the URL change
 * (see filter-reads.ts). None while that period waits for the data range.
 */
export function useTrendReadsOnFilterChange(
  readsFor: (filters: Filters, period: Period) => readonly Read[],
): void {
  const periodOf = usePeriodOf();
  useReadsOnFilterChange((filters) => {
    const period = periodOf(filters);
    return period ? readsFor(filters, period) : [];
  });
}

export function TrendScope({ filters, children }: TrendScopeProps) {
  const me = useMe();
  const metadata = useMetadata();
  const period = usePeriodOf()(filters);
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

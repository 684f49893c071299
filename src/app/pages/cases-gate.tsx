import type { ReactNode } from 'react';
import { QueryState } from '../../components/query-state.tsx';
import { useMe } from '../../api/session/me-query.ts';

/**
 * Partners never see reports. The gate waits for `/me` and renders nothing of the case
 * views (so they send no report request) unless the caller is an analyst.
 */
export function CasesGate({ children }: { children: ReactNode }) {
  const me = useMe();
  return (
    <QueryState query={me} label="your access">
      {(data) =>
        data.role === 'analyst' ? (
          children
        ) : (
          <p className="notice-box">
            The case list is not available for partner agencies. The overview, trends and map show
            the reports in your area.
          </p>
        )
      }
    </QueryState>
  );
}

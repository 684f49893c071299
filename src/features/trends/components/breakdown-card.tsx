import type { UseQueryResult } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import type { Breakdown } from '../../../api/contract/aggregate-schemas.ts';
import type { Dimension } from '../../../api/contract/aggregate-terms.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { ViewErrorBoundary } from '../../../components/view-error-boundary.tsx';
import type { BreakdownDimension } from '../api/trend-queries.ts';
import { breakdownDescription, breakdownTitle } from '../lib/trend-text.ts';
import { splitLabels } from '../lib/trend-view-options.ts';
import { BreakdownPanel } from './breakdown-panel.tsx';

/** One breakdown chart of `/trends`, from its own query, failing alone. */

export interface BreakdownCardProps {
  dimension: BreakdownDimension;
  query: UseQueryResult<Breakdown> | undefined;
  k: number;
  onSelectValue: (dimension: Dimension, key: string) => void;
}

export function BreakdownCard({ dimension, query, k, onSelectValue }: BreakdownCardProps) {
  const { search } = useLocation();
  const label = splitLabels[dimension];
  const title = breakdownTitle(label, dimension);
  if (!query) return null;
  return (
    <div className="trends-breakdown">
      <ViewErrorBoundary name={title} resetKey={search}>
        <QueryState
          query={query}
          label={title.toLowerCase()}
          isEmpty={(b) => b.items.length === 0}
          empty={`${title}: no reports match these filters.`}
        >
          {(breakdown) => (
            <BreakdownPanel
              title={title}
              description={breakdownDescription(label, dimension, breakdown.total, k)}
              dimensionLabel={label}
              breakdown={breakdown}
              k={k}
              headingLevel={3}
              onSelectValue={onSelectValue}
            />
          )}
        </QueryState>
      </ViewErrorBoundary>
    </div>
  );
}

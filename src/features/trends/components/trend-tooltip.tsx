import { formatNumber } from '../../../lib/format.ts';
import { countChange, describeChangeShort } from '../lib/change.ts';
import { chartTheme } from '../lib/chart-theme.ts';
import { formatDayRange } from '../lib/interval.ts';
import {
  countOfCell,
  MISSING,
  shareOfBucket,
  type Cell,
  type ChartRow,
} from '../lib/series-rows.ts';
import type { LegendItem } from '../lib/trend-legend.ts';

/**
 * The trend chart's tooltip: exact counts and, when split, each one's share of the bucket.
 * A withheld count reads "<11 (suppressed)" and a missing one "no data", never 0.
 */

export interface TrendTooltipProps {
  row: ChartRow | undefined;
  /** The visible series. */
  series: readonly LegendItem[];
  /** Split by a dimension: shares of the bucket and the bucket total are worth showing. */
  grouped: boolean;
  k: number;
  showPrevious: boolean;
}

function countText(cell: Cell, k: number): string {
  if (cell.state === 'suppressed') return `<${k} (suppressed)`;
  if (cell.count === null) return 'no data';
  return formatNumber(cell.count);
}

function shareText(cell: Cell, total: Cell): string {
  const share = shareOfBucket(cell, total);
  return share === null ? '' : `, ${Math.round(share * 1000) / 10}% of the bucket`;
}

const box = {
  background: chartTheme.surface,
  color: chartTheme.text,
  border: `1px solid ${chartTheme.grid}`,
  borderRadius: 4,
  padding: '6px 10px',
  fontSize: 'var(--font-size-sm)',
} as const;

export function TrendTooltip({ row, series, grouped, k, showPrevious }: TrendTooltipProps) {
  if (!row) return null;
  const prev = row.previous;
  return (
    <div style={box}>
      <p style={{ margin: 0, fontWeight: 700 }}>{row.label}</p>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {series.map((s) => {
          const cell = row.cells[s.key] ?? MISSING;
          return (
            <li key={s.key}>
              <span aria-hidden="true" style={{ color: s.colour }}>
                ■{' '}
              </span>
              {s.label}: {countText(cell, k)}
              {grouped ? shareText(cell, row.total) : null}
            </li>
          );
        })}
        {grouped ? <li>All reports: {countText(row.total, k)}</li> : null}
        {showPrevious && prev ? (
          <li>
            Previous period ({formatDayRange(prev.from, prev.to)}): {countText(prev.total, k)};{' '}
            {describeChangeShort(countChange(countOfCell(row.total), countOfCell(prev.total)))}
          </li>
        ) : null}
      </ul>
    </div>
  );
}

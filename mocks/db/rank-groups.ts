/**
 * Orders a dimension's values by count, largest first (ties in the dimension's own order),
 * and gathers those past `limit` under OTHER_KEY. Shared by breakdowns and grouped series.
 */
import { OTHER_KEY } from '../../src/api/contract/aggregate-terms.ts';
import type { DimensionSpec } from './dimensions.ts';

export const OTHER_LABEL = 'Other';

export interface RankedGroup {
  key: string;
  label: string;
  /** Value indexes counted in this group (several for OTHER_KEY). */
  values: number[];
  total: number;
}

export function rankGroups(
  spec: DimensionSpec,
  totals: ArrayLike<number>,
  limit: number | null,
): RankedGroup[] {
  const order: number[] = [];
  for (let v = 0; v < spec.keys.length; v++)
    if (spec.listZeros || (totals[v] as number) > 0) order.push(v);
  order.sort((a, b) => (totals[b] as number) - (totals[a] as number) || a - b);
  const toGroup = (v: number): RankedGroup => ({
    key: spec.keys[v] as string,
    label: spec.labels[v] as string,
    values: [v],
    total: totals[v] as number,
  });
  if (limit === null || order.length <= limit) return order.map(toGroup);
  const kept = order.slice(0, Math.max(0, limit)).map(toGroup);
  const rest = order.slice(Math.max(0, limit));
  kept.push({
    key: OTHER_KEY,
    label: OTHER_LABEL,
    values: rest,
    total: rest.reduce((s, v) => s + (totals[v] as number), 0),
  });
  return kept;
}

import type { Breakdown, TimeSeries } from '../../../api/contract/aggregate-schemas.ts';
import { OTHER_KEY } from '../../../api/contract/aggregate-terms.ts';
import type { Count } from '../../../api/contract/common-schemas.ts';

/**
 * A grouped time series read as a breakdown: each group's buckets added up. Exact only when
 * no bucket is withheld, which the contract promises for analysts (only partners' counts
 * are suppressed), so the overview asks for this instead of a separate breakdown for them.
 * Should a withheld bucket turn up anyway, that group's count is withheld too (never a sum
 * that treats it as 0); a bucket without the group counts 0, as the server only leaves out
 * groups with no reports.
 */
export function breakdownFromSeries(series: TimeSeries): Breakdown | undefined {
  if (series.groupBy === null) return undefined;
  const items = series.groups.map((group) => {
    let sum = 0;
    let withheld = false;
    for (const bucket of series.buckets) {
      const cell = bucket.groups[group.key];
      if (!cell) continue;
      if (cell.suppressed || cell.count === null) withheld = true;
      else sum += cell.count;
    }
    const count: Count = withheld
      ? { count: null, suppressed: true }
      : { count: sum, suppressed: false };
    return { key: group.key, label: group.label, count };
  });
  // Largest first and "Other" last, as a breakdown comes; withheld ones after the counted.
  const order = (c: Count) => (c.count === null ? -1 : c.count);
  items.sort(
    (a, b) =>
      Number(a.key === OTHER_KEY) - Number(b.key === OTHER_KEY) || order(b.count) - order(a.count),
  );
  return {
    dimension: series.groupBy,
    items,
    total: series.total,
    withoutCoordinates: series.withoutCoordinates,
  };
}

import type { IsoDay } from '../../../lib/dates.ts';
import type { ChartRow } from './series-rows.ts';

/**
 * The date range a drag across the chart selects, from the bucket where it started to the
 * one where it ended (either direction), clipped to the days the chart covers. A drag that
 * starts and ends in one bucket is a click, not a zoom: null.
 */
export function zoomRange(
  rows: readonly ChartRow[],
  anchorStart: IsoDay,
  endStart: IsoDay,
): { from: IsoDay; to: IsoDay } | null {
  if (anchorStart === endStart) return null;
  const a = rows.findIndex((r) => r.start === anchorStart);
  const b = rows.findIndex((r) => r.start === endStart);
  if (a < 0 || b < 0) return null;
  const first = rows[Math.min(a, b)];
  const last = rows[Math.max(a, b)];
  return first && last ? { from: first.from, to: last.to } : null;
}

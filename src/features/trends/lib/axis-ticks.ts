import type { Interval } from '../../../api/contract/aggregate-terms.ts';
import type { IsoDay } from '../../../lib/dates.ts';

/**
 * Which buckets get an axis tick. Chosen here, by arithmetic, so the chart never measures
 * its tick labels in the page to see which ones collide (Recharts does that for every tick
 * on every render unless it is told which to draw: a forced layout per label). "Mar 2026"
 * needs more room than "3 Mar", so months are spaced wider; every step-th bucket from the
 * first keeps the ticks evenly spaced.
 */

const MIN_SPACING_PX: Record<Interval, number> = { day: 56, week: 56, month: 76 };

export function axisTicks(
  starts: readonly IsoDay[],
  interval: Interval,
  plotWidth: number,
): IsoDay[] {
  const room = Math.max(1, Math.floor(plotWidth / MIN_SPACING_PX[interval]));
  const step = Math.max(1, Math.ceil(starts.length / room));
  return starts.filter((_, i) => i % step === 0);
}

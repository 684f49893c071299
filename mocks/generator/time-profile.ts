/**
 * How many reports arrive on each day: growth over the years, a yearly season, a weekly
 * rhythm, day-to-day noise and a few spikes (a news story, an awareness campaign). The
 * counts add up to exactly the requested size, so rows can be written in time order.
 */
import type { Rng } from './prng.ts';
import { weekdayOf } from '../../src/lib/dates.ts';

export const DAY_MS = 86_400_000;

/** Monday first: reports dip at the weekend and pick up on Monday. */
const WEEKDAY_FACTOR = [1.08, 1.04, 1.0, 1.0, 0.96, 0.88, 0.94];

/** Reports are written mostly in the afternoon and evening (UTC hours, roughly Europe/Africa). */
export const HOUR_WEIGHTS = [
  2, 1.3, 0.9, 0.6, 0.5, 0.6, 1, 1.6, 2.2, 2.6, 2.8, 3, 3.1, 3.1, 3.1, 3.3, 3.7, 4.3, 4.9, 5.3, 5.5,
  5.1, 4.1, 3,
];

/** Days since 1970-01-01 of an ISO day string. */
export function dayNumber(isoDay: string): number {
  return Math.floor(Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS);
}

function relativeWeight(dayNo: number, t: number): number {
  const date = new Date(dayNo * DAY_MS);
  const month = date.getUTCMonth();
  const dom = date.getUTCDate();
  const doy = (dayNo - Date.UTC(date.getUTCFullYear(), 0, 1) / DAY_MS) / 365.25;
  // Intake doubles over the span as the reporting app becomes known.
  const growth = Math.exp(Math.log(2.2) * t);
  // More in the summer holidays (young people online more), a dip over Christmas.
  let season = 1 + 0.12 * Math.sin(2 * Math.PI * (doy - 0.3));
  if (month === 6 || month === 7) season *= 1.1;
  if (month === 11 && dom >= 24) season *= 0.65;
  if (month === 0 && dom === 1) season *= 0.7;
  return growth * season * (WEEKDAY_FACTOR[weekdayOf(dayNo)] as number);
}

/** Rows per day for `days` consecutive days from `firstDay`, summing to `size`. */
export function dailyCounts(rng: Rng, firstDay: number, days: number, size: number): Uint32Array {
  const weights = new Float64Array(days);
  for (let d = 0; d < days; d++) {
    const noise = Math.exp(0.09 * rng.normal());
    weights[d] = relativeWeight(firstDay + d, days > 1 ? d / (days - 1) : 1) * noise;
  }
  const spikes = Math.max(1, Math.round(days / 180));
  for (let s = 0; s < spikes; s++) {
    const centre = rng.int(days);
    const width = 2 + rng.int(8);
    const height = 0.4 + rng.next() * 1.2;
    for (let d = Math.max(0, centre - 3 * width); d < Math.min(days, centre + 3 * width); d++) {
      const x = (d - centre) / width;
      weights[d] = (weights[d] as number) * (1 + height * Math.exp(-x * x));
    }
  }
  let total = 0;
  for (let d = 0; d < days; d++) total += weights[d] as number;
  // Cumulative rounding: the per-day counts add up to `size` exactly.
  const counts = new Uint32Array(days);
  let cumulative = 0;
  let assigned = 0;
  for (let d = 0; d < days; d++) {
    cumulative += weights[d] as number;
    const upTo = d === days - 1 ? size : Math.round((cumulative / total) * size);
    counts[d] = upTo - assigned;
    assigned = upTo;
  }
  return counts;
}

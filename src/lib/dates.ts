/**
 * Calendar days as the intake API speaks them: `YYYY-MM-DD`, UTC. Everything here works on
 * UTC so a user in UTC−10 and one in UTC+13 get the same "last 30 days" for the same URL.
 */

export type IsoDay = string;

export function toIsoDay(date: Date): IsoDay {
  return date.toISOString().slice(0, 10);
}

/** Today's date in UTC. */
export function todayUtc(now: Date = new Date()): IsoDay {
  return toIsoDay(now);
}

function parts(day: IsoDay): [number, number, number] {
  const [y, m, d] = day.split('-').map(Number);
  return [y ?? 1970, (m ?? 1) - 1, d ?? 1];
}

/** Day arithmetic; Date.UTC normalises overflow (31 March − 1 month → 3 March, not an error). */
export function addDaysUtc(day: IsoDay, days: number): IsoDay {
  const [y, m, d] = parts(day);
  return toIsoDay(new Date(Date.UTC(y, m, d + days)));
}

export function addMonthsUtc(day: IsoDay, months: number): IsoDay {
  const [y, m, d] = parts(day);
  // Clamp to the target month's last day, so 31 March − 1 month is 28/29 February.
  const lastDay = new Date(Date.UTC(y, m + months + 1, 0)).getUTCDate();
  return toIsoDay(new Date(Date.UTC(y, m + months, Math.min(d, lastDay))));
}

/**
 * One formatter for every day label: `toLocaleDateString` builds a new date formatter on each
 * call (tens of microseconds), which charts labelling every bucket felt at load.
 */
const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "3 Mar 2026": unambiguous for every reader, whatever their locale's day/month order. */
export function formatDay(day: IsoDay): string {
  const [y, m, d] = parts(day);
  return dayFormat.format(new Date(Date.UTC(y, m, d)));
}

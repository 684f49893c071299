/**
 * Calendar days as the intake API speaks them: `YYYY-MM-DD`, UTC. Everything here works on
 * UTC so a user in UTC−10 and one in UTC+13 get the same "last 30 days" for the same URL.
 */

import { intlFormatter } from './intl-formatter.ts';

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

const DAY_MS = 86_400_000;

/** Days since 1 January 1970 (negative before it). No `Date` is made: charts call this per bucket. */
export function epochDay(day: IsoDay): number {
  const n =
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) /
    DAY_MS;
  if (!Number.isInteger(n) || day.length !== 10) throw new RangeError(`Not a day: ${day}`);
  return n;
}

/**
 * The day `n` days after 1 January 1970, by whole-number calendar arithmetic (the
 * "civil from days" algorithm of Howard Hinnant's date library): a few hundred times a
 * change, it is several times cheaper than a `Date` and `toISOString`. Years outside
 * 0–9999, which `toISOString` writes with a sign, go through `Date` as before.
 */
export function dayFromEpoch(n: number): IsoDay {
  const z = n + 719_468; // days since 1 March of year 0
  const era = Math.floor(z / 146_097); // 400-year eras
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March … 11 = February
  const d = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const m = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return toIsoDay(new Date(n * DAY_MS));
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Day of the week of a day number, Monday 0 … Sunday 6 (1 January 1970 was a Thursday). */
export function weekdayOf(dayNo: number): number {
  return (((dayNo + 3) % 7) + 7) % 7;
}

/** Day arithmetic: 31 January + 1 day is 1 February. */
export function addDaysUtc(day: IsoDay, days: number): IsoDay {
  return dayFromEpoch(epochDay(day) + days);
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
const dayFormat = intlFormatter(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);

/** "3 Mar 2026": unambiguous for every reader, whatever their locale's day/month order. */
export function formatDay(day: IsoDay): string {
  const [y, m, d] = parts(day);
  return dayFormat().format(new Date(Date.UTC(y, m, d)));
}

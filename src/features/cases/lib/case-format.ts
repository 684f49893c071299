import * as E from '../../../api/contract/enums.ts';
import type { Report } from '../../../api/contract/report-schemas.ts';
import { countryName } from '../../../lib/country-name.ts';
import { formatDay } from '../../../lib/dates.ts';
import { formatNumber } from '../../../lib/format.ts';
import { intlFormatter } from '../../../lib/intl-formatter.ts';

/** Plain-words formatting of report fields, shared by the table cells and the case detail. */

type Labelled = { labels: Record<string, string> };

/** The API's label for an enum value; an unknown value is shown as itself, never dropped. */
export function labelOf(e: Labelled, value: string): string {
  return Object.hasOwn(e.labels, value) ? (e.labels[value] ?? value) : value;
}

export function labelList(e: Labelled, values: readonly string[], none = 'None'): string {
  return values.length ? values.map((v) => labelOf(e, v)).join(', ') : none;
}

const dateTime = intlFormatter(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'UTC',
    }),
);

const relative = intlFormatter(() => new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' }));

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 hours ago", "yesterday", "in 2 minutes" (a clock ahead of the server's). */
export function formatRelative(epochMs: number, nowMs: number): string {
  const seconds = Math.round((epochMs - nowMs) / 1000);
  if (Math.abs(seconds) < 45) return 'just now';
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative().format(Math.round(seconds / size), unit);
  }
  return relative().format(Math.trunc(seconds / 60) || Math.sign(seconds), 'minute');
}

export interface FormattedReceived {
  /** "14 Mar 2026, 09:05", in UTC, for where the heading already says UTC. */
  utc: string;
  /** "14 Mar 2026, 09:05 UTC": the same for every analyst, whatever their time zone. */
  absolute: string;
  relative: string;
  iso: string;
}

export function formatReceivedAt(iso: string, nowMs: number): FormattedReceived {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return { utc: iso, absolute: iso, relative: '', iso };
  const utc = dateTime().format(t);
  return { utc, absolute: `${utc} UTC`, relative: formatRelative(t, nowMs), iso };
}

const monthYear = intlFormatter(
  () => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
);

/** An incident date only as precise as the reporter was: "March 2026", not "1 Mar 2026". */
export function formatIncidentDate(
  date: string | null,
  precision: Report['incidentDatePrecision'],
): string {
  if (!date || precision === 'unknown') return 'Not known';
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month')
    return monthYear().format(Date.parse(`${date.slice(0, 7)}-01T00:00:00Z`));
  return formatDay(date);
}

/** "9–17 (2), 18–20": the age bands of the potential victims, youngest first. */
export function summariseAgeBands(subjects: Report['subjects']): string {
  const counts = new Map<string, number>();
  for (const s of subjects) counts.set(s.ageBand, (counts.get(s.ageBand) ?? 0) + s.count);
  if (!counts.size) return 'Not recorded';
  const order: readonly string[] = E.ageBand.values;
  return [...counts]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([band, n]) => (n > 1 ? `${labelOf(E.ageBand, band)} (${n})` : labelOf(E.ageBand, band)))
    .join(', ');
}

/** "2 × Female, 9–17": one line per subject group, for the case detail. */
export function describeSubject(subject: Report['subjects'][number]): string {
  const who = `${labelOf(E.gender, subject.gender)}, ${labelOf(E.ageBand, subject.ageBand)}`;
  return subject.count > 1 ? `${formatNumber(subject.count)} × ${who}` : who;
}

/** "City, Country"; the region stands in for a missing city, the country alone if that is all. */
export function formatLocation(location: Report['location']): string {
  const place = location.city ?? location.admin1;
  const country = countryName(location.country);
  return place ? `${place}, ${country}` : country;
}

export function hasCoordinates(
  location: Report['location'],
): location is Report['location'] & { lat: number; lon: number } {
  return typeof location.lat === 'number' && typeof location.lon === 'number';
}

/** "53.4808° N, 2.2426° W". */
export function formatCoordinates(lat: number, lon: number): string {
  const part = (v: number, pos: string, neg: string) =>
    `${Math.abs(v).toFixed(4)}° ${v < 0 ? neg : pos}`;
  return `${part(lat, 'N', 'S')}, ${part(lon, 'E', 'W')}`;
}

import type { Count } from '../api/contract/common-schemas.ts';
import { intlFormatter } from './intl-formatter.ts';

/** One number format for the whole dashboard (grouping with commas: 12,345). */
const numberFormat = intlFormatter(() => new Intl.NumberFormat('en-GB'));

export function formatNumber(n: number): string {
  return numberFormat().format(n);
}

/**
 * A possibly suppressed count. A suppressed value is shown as "<k" and never as 0 or a
 * number: "nothing" and "too few to show" must never look alike.
 */
export function formatCount(count: Count, k: number): string {
  return count.suppressed || count.count === null ? `<${k}` : formatNumber(count.count);
}

/** Local wall-clock time, "14:05", for "data from …" markers. */
export function formatClockTime(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** "30 seconds", "1 minute", "2 minutes": for "try again in …". */
export function formatWait(seconds: number): string {
  const s = Math.max(1, Math.round(seconds));
  if (s < 60) return `${s} second${s === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

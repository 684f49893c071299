import type { Count } from '../api/contract/common-schemas.ts';

/**
 * One number format for the whole dashboard (grouping with commas: 12,345). Made at its
 * first use, not as the entry is evaluated: a page's first `Intl` object loads the browser's
 * locale data (35–56 ms on a 2-core machine), and the shell's first render formats no
 * number, so that cost now falls while the first answers are on their way (decision 32).
 */
let numberFormat: Intl.NumberFormat | undefined;

export function formatNumber(n: number): string {
  numberFormat ??= new Intl.NumberFormat('en-GB');
  return numberFormat.format(n);
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

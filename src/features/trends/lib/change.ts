import type { Count } from '../../../api/contract/common-schemas.ts';

/**
 * Change against the previous period. A percentage of a suppressed count, or of nothing,
 * would be invented precision, so those are "not comparable" with the reason, and say so.
 */

export type Change =
  | { kind: 'percent'; ratio: number }
  | { kind: 'points'; points: number }
  | { kind: 'not-comparable'; reason: 'suppressed' | 'missing' | 'no-baseline' };

type Figure = Count | number | null | undefined;

function numberOf(figure: Figure): number | null | 'suppressed' {
  if (figure === null || figure === undefined) return null;
  if (typeof figure === 'number') return Number.isFinite(figure) ? figure : null;
  return figure.suppressed || figure.count === null ? 'suppressed' : figure.count;
}

/**
 * Relative change of a count: (current − previous) / previous. 0 → 0 is no change; anything
 * from 0 has no baseline to be a percentage of.
 */
export function countChange(current: Figure, previous: Figure): Change {
  const c = numberOf(current);
  const p = numberOf(previous);
  if (c === 'suppressed' || p === 'suppressed')
    return { kind: 'not-comparable', reason: 'suppressed' };
  if (c === null || p === null) return { kind: 'not-comparable', reason: 'missing' };
  if (p === 0) {
    return c === 0
      ? { kind: 'percent', ratio: 0 }
      : { kind: 'not-comparable', reason: 'no-baseline' };
  }
  return { kind: 'percent', ratio: (c - p) / p };
}

/**
 * Change of a share (0..1) in percentage points: "a share went from 10% to 15%" is
 * 5 points, where a relative 50% would overstate it.
 */
export function shareChange(current: number | null, previous: number | null): Change {
  if (current === null || previous === null) return { kind: 'not-comparable', reason: 'missing' };
  return { kind: 'points', points: (current - previous) * 100 };
}

/** Whole percent unless small: "12%", "0.4%". */
function percentText(ratio: number): string {
  const pct = Math.abs(ratio * 100);
  return pct >= 9.95 || pct === 0
    ? `${Math.round(pct)}%`
    : `${pct.toFixed(1).replace(/\.0$/, '')}%`;
}

function pointsText(points: number): string {
  const p = Math.abs(points);
  const text = p >= 9.95 ? String(Math.round(p)) : p.toFixed(1).replace(/\.0$/, '');
  return `${text} ${text === '1' ? 'point' : 'points'}`;
}

export type ChangeDirection = 'up' | 'down' | 'same' | 'none';

export function changeDirection(change: Change): ChangeDirection {
  const delta =
    change.kind === 'percent' ? change.ratio : change.kind === 'points' ? change.points : null;
  if (delta === null) return 'none';
  // What rounds to "0%" reads as no change.
  const shown = change.kind === 'percent' ? Math.abs(delta * 100) : Math.abs(delta);
  if (shown < 0.05) return 'same';
  return delta > 0 ? 'up' : 'down';
}

/** "up 12%", "down 2.5 points", "no change", "not comparable (small counts withheld)". */
export function describeChangeShort(change: Change): string {
  if (change.kind === 'not-comparable') {
    if (change.reason === 'suppressed') return 'not comparable (small counts withheld)';
    if (change.reason === 'no-baseline') return 'none before';
    return 'not comparable (no data)';
  }
  const direction = changeDirection(change);
  if (direction === 'same') return 'no change';
  const amount = change.kind === 'percent' ? percentText(change.ratio) : pointsText(change.points);
  return `${direction} ${amount}`;
}

/**
 * The sentence a screen reader hears and the figure shows: "up 12% on the previous 30
 * days", "down 2.5 points on the previous 7 days", "not comparable: small counts withheld".
 */
export function describeChange(change: Change, periodDays: number): string {
  const period = periodDays === 1 ? 'the previous day' : `the previous ${periodDays} days`;
  if (change.kind === 'not-comparable') {
    if (change.reason === 'suppressed') return 'not comparable: small counts withheld';
    if (change.reason === 'no-baseline') return `none in ${period}`;
    return `not comparable: no data for ${period}`;
  }
  return `${describeChangeShort(change)} on ${period}`;
}

import type { Breakdown } from '../../../api/contract/aggregate-schemas.ts';
import { OTHER_KEY } from '../../../api/contract/aggregate-terms.ts';
import type { Count } from '../../../api/contract/common-schemas.ts';
import { minorAgeBands } from '../../../api/contract/enums.ts';
import type { Filters } from '../../../api/contract/filter-params.ts';
import { countChange, type Change } from './change.ts';

/**
 * The overview's headline figures, from breakdowns (exact counts) rather than by adding up
 * time-series buckets, which would add suppressed cells as unknowns.
 *
 * A share with suppressed parts is not dropped: each withheld part is 1..k−1, so the share
 * lies in a range computed only from what the view already shows, and that range reveals
 * nothing more. Where the range is narrower than the rounding it reads as one number.
 */

export type Share =
  | { kind: 'exact'; share: number }
  | { kind: 'range'; low: number; high: number }
  | { kind: 'unavailable'; reason: 'suppressed' | 'no-reports' | 'not-computable' };

export function shareOfCounts(
  parts: readonly (Count | undefined)[],
  total: Count,
  k: number,
): Share {
  if (total.suppressed || total.count === null)
    return { kind: 'unavailable', reason: 'suppressed' };
  if (total.count === 0) return { kind: 'unavailable', reason: 'no-reports' };
  let known = 0;
  let withheld = 0;
  for (const p of parts) {
    if (!p) continue;
    if (p.suppressed || p.count === null) withheld += 1;
    else known += p.count;
  }
  const t = total.count;
  if (withheld === 0) return { kind: 'exact', share: Math.min(1, known / t) };
  return {
    kind: 'range',
    low: Math.min(1, (known + withheld) / t),
    high: Math.min(1, (known + withheld * (k - 1)) / t),
  };
}

export function countOf(breakdown: Breakdown | undefined, key: string): Count | undefined {
  return breakdown?.items.find((i) => i.key === key)?.count;
}

export function shareOf(breakdown: Breakdown, keys: readonly string[], k: number): Share {
  return shareOfCounts(
    keys.map((key) => countOf(breakdown, key) ?? { count: 0, suppressed: false }),
    breakdown.total,
    k,
  );
}

const wholePercent = (x: number) => `${Math.round(x * 100)}%`;

/** "31%", or "25–31%" with its spoken form "between 25% and 31%". */
export function formatShare(share: Share): { text: string; spoken: string } {
  if (share.kind === 'exact')
    return { text: wholePercent(share.share), spoken: wholePercent(share.share) };
  if (share.kind === 'range') {
    const [low, high] = [wholePercent(share.low), wholePercent(share.high)];
    if (low === high) return { text: low, spoken: `about ${low}` };
    return { text: `${low.slice(0, -1)}–${high}`, spoken: `between ${low} and ${high}` };
  }
  const spoken = {
    suppressed: 'not shown: small counts withheld',
    'no-reports': 'no reports',
    'not-computable': 'not available for this age filter',
  }[share.reason];
  return { text: '—', spoken };
}

/** A range is not a number to take a difference of: its change is "not comparable". */
export function shareChangeOf(current: Share, previous: Share | undefined): Change {
  if (!previous) return { kind: 'not-comparable', reason: 'missing' };
  if (current.kind === 'exact' && previous.kind === 'exact') {
    return { kind: 'points', points: (current.share - previous.share) * 100 };
  }
  const suppressed = [current, previous].some(
    (s) => s.kind === 'range' || (s.kind === 'unavailable' && s.reason === 'suppressed'),
  );
  return { kind: 'not-comparable', reason: suppressed ? 'suppressed' : 'missing' };
}

export type TopItem =
  | { kind: 'top'; items: { key: string; label: string }[]; count: number }
  | { kind: 'unavailable'; reason: 'suppressed' | 'no-reports' };

/**
 * The most reported value, ties kept. "Other" and "unknown" are not answers to "which
 * platform?". A visible count is 0 or at least k and a withheld one under k, so a withheld
 * value can never be the largest when some visible count is above 0.
 */
export function topItem(
  breakdown: Breakdown,
  exclude: readonly string[] = [OTHER_KEY, 'unknown'],
): TopItem {
  const items = breakdown.items.filter((i) => !exclude.includes(i.key));
  const max = Math.max(0, ...items.map((i) => i.count.count ?? 0));
  if (max === 0) {
    const anySuppressed = items.some((i) => i.count.suppressed);
    return { kind: 'unavailable', reason: anySuppressed ? 'suppressed' : 'no-reports' };
  }
  return {
    kind: 'top',
    items: items.filter((i) => i.count.count === max).map(({ key, label }) => ({ key, label })),
    count: max,
  };
}

/** Change of the top value's own count against the same value's count before. */
export function topItemChange(top: TopItem, previous: Breakdown | undefined): Change {
  if (top.kind !== 'top')
    return {
      kind: 'not-comparable',
      reason: top.reason === 'suppressed' ? 'suppressed' : 'missing',
    };
  if (!previous) return { kind: 'not-comparable', reason: 'missing' };
  const first = top.items[0];
  return countChange(
    top.count,
    first ? (countOf(previous, first.key) ?? { count: 0, suppressed: false }) : null,
  );
}

/**
 * Filters whose matching count is "reports involving minors". A report matches an age-band
 * filter when any subject is in any listed band, so with an age filter of its own the
 * question is only answerable when that filter lists minor bands only (then: all of them).
 */
export function minorsQueryFilters(filters: Filters): Filters | 'all' | null {
  const bands: readonly string[] = minorAgeBands;
  if (!filters.ageBand?.length) return { ...filters, ageBand: [...minorAgeBands] };
  return filters.ageBand.every((b) => bands.includes(b)) ? 'all' : null;
}

/** Urgent means "immediate danger" or "high". */
export const URGENT_KEYS = ['immediate_danger', 'high'] as const;
/** Online means an online setting, or both online and in person. */
export const ONLINE_KEYS = ['online', 'both'] as const;

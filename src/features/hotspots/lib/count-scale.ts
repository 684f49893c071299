import type { Count } from '../../../api/contract/common-schemas.ts';
import { formatNumber } from '../../../lib/format.ts';
import { disclosed } from './disclosure.ts';
import type { Disclosure } from './map-types.ts';
import { paletteSteps, stepClassName, SUPPRESSED_CLASS_NAME, ZERO_CLASS_NAME } from './palette.ts';

/**
 * A classed scale for counts. Zero and "suppressed" are classes of their own, never one of
 * the numeric classes: "nothing" and "too few to show" must not look like a number, nor like
 * each other. Numeric classes start at 1 (at k for partners, so no legend ever names a value
 * a partner may not see) and break at "nice" numbers: 1-2-5 (or coarser) steps per decade for
 * the long-tailed counts of a map, evenly spaced steps when all values sit within one decade.
 * Nice, data-independent breaks keep the legend stable as filters change.
 */

export const MAX_CLASSES = 5;

export interface RangeClass {
  index: number;
  min: number;
  max: number;
  /** Palette step, 0 (low) … 6 (high). */
  step: number;
  label: string;
  className: string;
}

export type CountClass =
  | { kind: 'zero'; className: string }
  | { kind: 'suppressed'; className: string }
  | { kind: 'range'; className: string; range: RangeClass };

export interface CountScale {
  ranges: readonly RangeClass[];
  /** Any suppressed value among the data (or suppression applies to this viewer). */
  hasSuppressed: boolean;
  hasZero: boolean;
  classify(count: Count): CountClass;
}

const ZERO: CountClass = { kind: 'zero', className: ZERO_CLASS_NAME };
const SUPPRESSED: CountClass = { kind: 'suppressed', className: SUPPRESSED_CLASS_NAME };

function ladder(mantissas: readonly number[], decades: number, upTo: number): number[] {
  const out: number[] = [];
  for (let p = 1; p <= upTo; p *= 10 ** decades) {
    for (const m of mantissas) if (m * p <= upTo) out.push(m * p);
  }
  return out;
}

/** Ladders from fine to coarse: 1-2-5, 1-3, every decade, every second decade, … */
function* ladders(upTo: number): Generator<number[]> {
  yield ladder([1, 2, 5], 1, upTo);
  yield ladder([1, 3], 1, upTo);
  for (let d = 1; d <= 16; d++) yield ladder([1], d, upTo);
}

function logBreaks(lo: number, hi: number, floor: number, maxClasses: number): number[] {
  let last: number[] = [floor];
  for (const values of ladders(hi)) {
    const lower = Math.max(floor, ...values.filter((v) => v <= lo));
    const thresholds = values.filter((v) => v > lower && v <= hi);
    last = [lower, ...thresholds];
    if (thresholds.length <= maxClasses - 1) return last;
  }
  return last.slice(0, maxClasses);
}

function linearBreaks(lo: number, hi: number, floor: number, maxClasses: number): number[] {
  for (let p = 1; ; p *= 10) {
    for (const s of [p, 2 * p, 5 * p]) {
      const lower = Math.max(floor, Math.floor(lo / s) * s);
      const first = Math.floor(lower / s) + 1;
      const n = Math.floor(hi / s) - first + 1;
      if (n <= maxClasses - 1)
        return [lower, ...Array.from({ length: n }, (_, i) => (first + i) * s)];
    }
  }
}

/**
 * Lower bounds of the numeric classes, ascending, for positive visible `values`; every value
 * falls in a class (the first starts at or below the smallest value, never below `floor`).
 */
export function classBreaks(
  values: readonly number[],
  floor = 1,
  maxClasses = MAX_CLASSES,
): number[] {
  const positive = values.filter((v) => v >= floor && Number.isFinite(v));
  if (positive.length === 0) return [];
  const lo = Math.min(...positive);
  const hi = Math.max(...positive);
  return hi < 10 * lo
    ? linearBreaks(lo, hi, floor, maxClasses)
    : logBreaks(lo, hi, floor, maxClasses);
}

function rangeLabel(min: number, max: number): string {
  return min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
}

export function buildCountScale(
  counts: Iterable<Count>,
  disclosure: Disclosure,
  maxClasses = MAX_CLASSES,
): CountScale {
  const values: number[] = [];
  let hasSuppressed = disclosure.suppressSmall;
  let hasZero = false;
  for (const raw of counts) {
    const c = disclosed(raw, disclosure);
    if (c.count === null) hasSuppressed = true;
    else if (c.count === 0) hasZero = true;
    else values.push(c.count);
  }
  const floor = disclosure.suppressSmall ? disclosure.k : 1;
  const breaks = classBreaks(values, floor, maxClasses);
  const hi = values.length ? Math.max(...values) : 0;
  const steps = paletteSteps(breaks.length);
  const ranges: RangeClass[] = breaks.map((min, index) => {
    const max = index + 1 < breaks.length ? breaks[index + 1]! - 1 : hi;
    const step = steps[index]!;
    return { index, min, max, step, label: rangeLabel(min, max), className: stepClassName(step) };
  });

  return {
    ranges,
    hasSuppressed,
    hasZero,
    classify(count) {
      const c = disclosed(count, disclosure);
      if (c.count === null) return SUPPRESSED;
      if (c.count === 0) return ZERO;
      // A value the scale was not built from (not expected): give it a class of its own.
      if (ranges.length === 0) {
        const step = paletteSteps(1)[0]!;
        const only = {
          index: 0,
          min: c.count,
          max: c.count,
          step,
          label: rangeLabel(c.count, c.count),
          className: stepClassName(step),
        };
        return { kind: 'range', className: only.className, range: only };
      }
      let range = ranges[0]!;
      for (const r of ranges) if (c.count >= r.min) range = r;
      return { kind: 'range', className: range.className, range };
    },
  };
}

export interface LegendEntry {
  key: string;
  /** Visible text: "0", "<11", "11–49". */
  label: string;
  /** Longer text for the accessible name. */
  description: string;
  className: string;
}

/** Legend entries, low to high: 0, suppressed (<k), then the numeric classes. */
export function legendEntries(scale: CountScale, disclosure: Disclosure): LegendEntry[] {
  const entries: LegendEntry[] = [
    { key: 'zero', label: '0', description: 'no reports', className: ZERO_CLASS_NAME },
  ];
  if (scale.hasSuppressed) {
    entries.push({
      key: 'suppressed',
      label: `<${disclosure.k}`,
      description: `fewer than ${disclosure.k} reports (suppressed)`,
      className: SUPPRESSED_CLASS_NAME,
    });
  }
  for (const r of scale.ranges) {
    entries.push({
      key: `range-${r.index}`,
      label: r.label,
      description: `${r.label} reports`,
      className: r.className,
    });
  }
  return entries;
}

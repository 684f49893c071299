import { sparklinePath } from '../lib/sparkline-path.ts';

/**
 * A tiny line of a figure over time. Decorative (aria-hidden): the figure it sits in says
 * the number and its change in words, and a sparkline has no axis to read values from.
 * Gaps are suppressed or missing buckets, never dips to 0.
 */

export interface SparklineProps {
  values: readonly (number | null)[];
  width?: number;
  height?: number;
  /** Defaults to the text colour, so it reads in both themes. */
  colour?: string;
}

export function Sparkline({
  values,
  width = 96,
  height = 24,
  colour = 'currentColor',
}: SparklineProps) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      className="trends-sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <path
        d={sparklinePath(values, width, height)}
        fill="none"
        stroke={colour}
        strokeWidth={1.5}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

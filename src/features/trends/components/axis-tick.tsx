import { chartTheme } from '../lib/chart-theme.ts';

/**
 * An axis label as a plain `<text>`. Recharts' default tick is its `<Text>`, which measures
 * every word in the DOM whenever the axis has a width (to wrap long labels): a forced layout
 * per label on every render of the chart, a few milliseconds per filter change. Our labels
 * are short dates and numbers, chosen so they never collide (see axisTicks): nothing to wrap.
 */

interface AxisTickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
  payload?: { value?: unknown };
  index?: number;
  tickFormatter?: (value: never, index: number) => string;
  className?: string;
}

// Where Recharts' <Text> puts one line's baseline for each vertical anchor (cap height 0.71em).
const BASELINE = { start: '0.71em', middle: '0.355em', end: '0' } as const;

export function axisTick({
  x,
  y,
  textAnchor,
  verticalAnchor = 'end',
  payload,
  index = 0,
  tickFormatter,
  className,
}: AxisTickProps) {
  const value = payload?.value;
  const label = tickFormatter ? tickFormatter(value as never, index) : String(value ?? '');
  return (
    <text
      x={x}
      y={y}
      dy={BASELINE[verticalAnchor]}
      textAnchor={textAnchor}
      fill={chartTheme.muted}
      fontSize={12}
      className={className}
    >
      {label}
    </text>
  );
}

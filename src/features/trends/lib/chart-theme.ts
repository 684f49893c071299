/**
 * Colours of chart furniture (axes, grid, text) as CSS custom properties, so one chart
 * reads in the light and the dark theme without re-rendering. The fallbacks keep a chart
 * legible before the theme's stylesheet has defined them (and in tests).
 *
 * Uses the theme tokens (src/styles/tokens.css): --text, --text-muted, --border,
 * --surface, --focus.
 */
export const chartTheme = {
  text: 'var(--text, #1f2328)',
  muted: 'var(--text-muted, #59636e)',
  grid: 'var(--border, #d1d9e0)',
  surface: 'var(--surface, #ffffff)',
  selection: 'var(--focus, #0072B2)',
} as const;

/**
 * A fixed size when given a width (tests, exports); otherwise Recharts' `responsive` mode,
 * sized by CSS to the container's width.
 */
export function chartSize(width: number | undefined, height: number) {
  return width === undefined
    ? { responsive: true, style: { width: '100%', height, userSelect: 'none' as const } }
    : { width, height, style: { userSelect: 'none' as const } };
}

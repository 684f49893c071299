import { describe, expect, it } from 'vitest';
import { sparklinePath } from '../../../src/features/trends/lib/sparkline-path.ts';
import { fileNameFor, resolveCssVars } from '../../../src/features/trends/lib/svg-export.ts';
import { zoomRange } from '../../../src/features/trends/lib/zoom.ts';
import { shapeTimeSeries } from '../../../src/features/trends/lib/series-rows.ts';
import { n, timeSeries } from './fixtures.ts';

describe('sparklinePath', () => {
  it('breaks the line at a gap instead of dropping to 0', () => {
    expect(sparklinePath([0, 10, null, 10, 5], 10, 10, 0)).toBe('M0 10L2.5 0M7.5 0L10 5');
  });

  it('draws a point with no neighbours as a dot', () => {
    expect(sparklinePath([null, 4, null], 10, 10, 0)).toBe('M5 0h0.01');
    expect(sparklinePath([null, null], 10, 10)).toBe('');
  });
});

describe('zoomRange', () => {
  const rows = shapeTimeSeries(
    timeSeries({
      from: '2026-03-04',
      to: '2026-03-24',
      interval: 'week',
      buckets: [{ start: '2026-03-02', total: n(1) }],
    }),
  ).rows;

  it('selects whole buckets in either direction, clipped to the range', () => {
    expect(zoomRange(rows, '2026-03-16', '2026-03-02')).toEqual({
      from: '2026-03-04',
      to: '2026-03-22',
    });
    expect(zoomRange(rows, '2026-03-09', '2026-03-23')).toEqual({
      from: '2026-03-09',
      to: '2026-03-24',
    });
  });

  it('treats a drag within one bucket as a click', () => {
    expect(zoomRange(rows, '2026-03-09', '2026-03-09')).toBeNull();
  });
});

describe('resolveCssVars', () => {
  const lookup = (name: string) => ({ '--text': ' #eee ' })[name] ?? '';
  it('uses the page’s value, or the fallback where the page has none', () => {
    expect(resolveCssVars('var(--text, #111)', lookup)).toBe('#eee');
    expect(resolveCssVars('var(--border, rgb(1, 2, 3))', lookup)).toBe('rgb(1, 2, 3)');
    expect(resolveCssVars('1px solid var(--nope)', lookup)).toBe('1px solid ');
  });
});

describe('fileNameFor', () => {
  it('makes a safe, dated name', () => {
    expect(fileNameFor('Reports over time: by platform', 'csv', '2026-03-04')).toBe(
      'reports-over-time-by-platform-2026-03-04.csv',
    );
    expect(fileNameFor('../../', 'svg', '2026-03-04')).toBe('chart-2026-03-04.svg');
  });
});

import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../../src/features/trends/lib/axis-ticks.ts';
import { barLayout, wrapLabel } from '../../../src/features/trends/lib/bar-layout.ts';
import { breakdown, n, S } from './fixtures.ts';

describe('wrapLabel', () => {
  it('keeps a short name on one line', () => {
    expect(wrapLabel('Social media', 22)).toEqual(['Social media']);
  });

  it('wraps a long name onto two lines at a space', () => {
    expect(wrapLabel('Relationship building and trust', 22)).toEqual([
      'Relationship building',
      'and trust',
    ]);
  });

  it('cuts what does not fit in two lines with "…"', () => {
    const lines = wrapLabel('United Kingdom of Great Britain and Northern Ireland', 22);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(lines.every((l) => l.length <= 22)).toBe(true);
  });

  it('cuts a single word longer than a line', () => {
    expect(wrapLabel('Llanfairpwllgwyngyllgogerychwyrndrobwll', 10)).toEqual(['Llanfairp…']);
  });
});

describe('barLayout', () => {
  const b = breakdown(
    'urgency',
    [
      ['high', 'High', n(200)],
      ['low', 'Low', n(50)],
      ['medium', 'Medium', S],
      ['__other__', 'Other', n(0)],
    ],
    n(260),
  );

  it('scales bars to the largest count within the width, and draws none for "<k" or 0', () => {
    const layout = barLayout(b, 11, 500);
    const [high, low, medium, other] = layout.rows;
    expect(layout.barX + high!.barWidth).toBeLessThanOrEqual(500);
    expect(high!.barWidth / low!.barWidth).toBeCloseTo(4);
    expect([medium!.barWidth, other!.barWidth]).toEqual([0, 0]);
    expect([medium!.text, other!.text]).toEqual(['<11', '0']);
  });

  it('stacks rows top to bottom and makes "Other" unselectable', () => {
    const layout = barLayout(b, 11, 500);
    const ys = layout.rows.map((r) => r.y);
    expect(ys).toEqual([...ys].sort((x, y) => x - y));
    expect(layout.height).toBeGreaterThan(ys.at(-1)!);
    expect(layout.rows.map((r) => r.selectable)).toEqual([true, true, true, false]);
  });
});

describe('axisTicks', () => {
  const starts = Array.from({ length: 53 }, (_, i) => `2026-${String(i).padStart(2, '0')}`);

  it('gives every bucket a tick when there is room', () => {
    expect(axisTicks(starts.slice(0, 10), 'week', 1000)).toHaveLength(10);
  });

  it('spaces ticks evenly from the first when there is not', () => {
    const ticks = axisTicks(starts, 'week', 560);
    expect(ticks.length).toBeLessThanOrEqual(10);
    expect(ticks[0]).toBe(starts[0]);
    expect(ticks[1]).toBe(starts[6]);
  });

  it('gives months more room than days', () => {
    expect(axisTicks(starts, 'month', 760).length).toBeLessThan(
      axisTicks(starts, 'day', 760).length,
    );
  });
});

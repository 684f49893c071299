import { describe, expect, it } from 'vitest';
import {
  effectiveInterval,
  parseTrendViewOptions,
  trendViewPatch,
} from '../../../src/features/trends/lib/trend-view-options.ts';

describe('trend view options', () => {
  it('reads known values and falls back on unknown ones', () => {
    expect(
      parseTrendViewOptions(
        new URLSearchParams('interval=week&split=country&chart=line&compare=true'),
      ),
    ).toEqual({
      interval: 'week',
      split: 'country',
      chart: 'line',
      compare: true,
    });
    expect(
      parseTrendViewOptions(new URLSearchParams('interval=hour&split=narrative&chart=pie')),
    ).toEqual({
      interval: null,
      split: null,
      chart: 'area',
      compare: false,
    });
  });

  it('drops defaults from the URL', () => {
    expect(trendViewPatch({ chart: 'area', compare: false, split: null })).toEqual({
      chart: null,
      compare: null,
      split: null,
    });
    expect(trendViewPatch({ interval: 'month' })).toEqual({ interval: 'month' });
  });

  it('honours an override only when the chart can draw it', () => {
    expect(effectiveInterval('week', '2026-01-01', '2026-03-01', 300)).toBe('week');
    expect(effectiveInterval('day', '2020-01-01', '2025-12-31', 300)).toBe('month');
    expect(effectiveInterval(null, '2026-01-01', '2026-03-01', 300)).toBe('day');
  });
});

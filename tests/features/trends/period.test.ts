import { describe, expect, it } from 'vitest';
import { allowedIntervals, autoInterval } from '../../../src/features/trends/lib/interval.ts';
import {
  maxBucketsFor,
  needsDataRange,
  periodFilters,
  previousPeriodFilters,
  resolvePeriod,
} from '../../../src/features/trends/lib/period.ts';

const dataRange = { from: '2022-06-01', to: '2026-05-31' };

describe('the period a trend covers', () => {
  it('is the filter days when both are set, without asking for the data range', () => {
    const filters = { from: '2026-03-01', to: '2026-03-31' };
    expect(needsDataRange(filters)).toBe(false);
    expect(resolvePeriod(filters, undefined, '2026-05-31')).toEqual(filters);
  });

  it('closes "all time" and open ends with the data range, and waits for it', () => {
    expect(needsDataRange({})).toBe(true);
    expect(resolvePeriod({}, undefined, '2026-05-31')).toBeNull();
    expect(resolvePeriod({}, dataRange, '2026-05-31')).toEqual(dataRange);
    expect(resolvePeriod({ from: '2026-01-01' }, dataRange, '2026-05-31')).toEqual({
      from: '2026-01-01',
      to: '2026-05-31',
    });
    expect(resolvePeriod({ to: '2023-01-31' }, dataRange, '2026-05-31')).toEqual({
      from: '2022-06-01',
      to: '2023-01-31',
    });
  });

  it('is one day, never reversed, beyond the data or with none', () => {
    expect(resolvePeriod({ from: '2027-01-01' }, dataRange, '2026-05-31')).toEqual({
      from: '2027-01-01',
      to: '2027-01-01',
    });
    expect(resolvePeriod({ to: '2020-01-01' }, dataRange, '2026-05-31')).toEqual({
      from: '2020-01-01',
      to: '2020-01-01',
    });
    expect(resolvePeriod({}, { from: null, to: null }, '2026-05-31')).toEqual({
      from: '2026-05-31',
      to: '2026-05-31',
    });
  });

  it('has a previous period of the same length, except for all time', () => {
    const filters = { from: '2026-03-01', to: '2026-03-31', urgency: ['high' as const] };
    const period = { from: '2026-03-01', to: '2026-03-31' };
    expect(periodFilters({ urgency: ['high'] }, period)).toEqual(filters);
    expect(previousPeriodFilters(filters, period)).toEqual({
      ...filters,
      from: '2026-01-29',
      to: '2026-02-28',
    });
    expect(previousPeriodFilters({ urgency: ['high'] }, dataRange)).toBeNull();
  });
});

describe('buckets a chart can show', () => {
  it('follow the width, with a floor for phones', () => {
    expect(maxBucketsFor(1200)).toBe(277);
    expect(maxBucketsFor(700)).toBe(152);
    expect(maxBucketsFor(320)).toBe(57);
    expect(maxBucketsFor(120)).toBe(12);
  });

  it('make the automatic interval coarser on a narrow chart, down to months', () => {
    expect(autoInterval('2026-03-03', '2026-05-31', maxBucketsFor(1200))).toBe('day');
    expect(autoInterval('2026-03-03', '2026-05-31', maxBucketsFor(375))).toBe('week');
    expect(autoInterval('2022-06-01', '2026-05-31', maxBucketsFor(1200))).toBe('month');
    expect(autoInterval('2022-06-01', '2026-05-31', 12)).toBe('month');
    expect(allowedIntervals('2026-03-03', '2026-05-31', maxBucketsFor(375))).toEqual([
      'week',
      'month',
    ]);
  });
});

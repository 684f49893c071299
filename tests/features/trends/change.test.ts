import { describe, expect, it } from 'vitest';
import {
  changeDirection,
  countChange,
  describeChange,
  describeChangeShort,
  shareChange,
} from '../../../src/features/trends/lib/change.ts';
import { n, S } from './fixtures.ts';

describe('countChange', () => {
  it('is a relative change of plain counts', () => {
    expect(countChange(n(112), n(100))).toEqual({ kind: 'percent', ratio: 0.12 });
    expect(countChange(90, 100)).toEqual({ kind: 'percent', ratio: -0.1 });
  });

  it('treats 0 → 0 as no change and anything from 0 as having no baseline', () => {
    expect(countChange(n(0), n(0))).toEqual({ kind: 'percent', ratio: 0 });
    expect(countChange(n(5), n(0))).toEqual({ kind: 'not-comparable', reason: 'no-baseline' });
  });

  it('never compares a suppressed or missing count', () => {
    expect(countChange(S, n(100))).toEqual({ kind: 'not-comparable', reason: 'suppressed' });
    expect(countChange(n(100), S)).toEqual({ kind: 'not-comparable', reason: 'suppressed' });
    expect(countChange(n(100), null)).toEqual({ kind: 'not-comparable', reason: 'missing' });
  });
});

describe('describeChange', () => {
  it('says it in words', () => {
    expect(describeChange(countChange(112, 100), 30)).toBe('up 12% on the previous 30 days');
    expect(describeChange(countChange(99, 100), 7)).toBe('down 1% on the previous 7 days');
    expect(describeChange(countChange(10_000, 10_001), 1)).toBe('no change on the previous day');
    expect(describeChange(countChange(1000, 1001), 1)).toBe('down 0.1% on the previous day');
    expect(describeChange(countChange(5, 0), 30)).toBe('none in the previous 30 days');
    expect(describeChange(countChange(S, 5), 30)).toBe('not comparable: small counts withheld');
    expect(describeChange(shareChange(0.15, 0.1), 30)).toBe('up 5 points on the previous 30 days');
    expect(describeChangeShort(shareChange(0.1, 0.11))).toBe('down 1 point');
  });

  it('gives a direction only to what can be compared', () => {
    expect(changeDirection(countChange(S, 5))).toBe('none');
    expect(changeDirection(countChange(0, 0))).toBe('same');
    expect(changeDirection(shareChange(0.2, 0.1))).toBe('up');
  });
});

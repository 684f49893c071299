import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  navigationKeys,
  rowNavigationReducer,
  rowWindow,
} from '../../../src/features/cases/lib/row-navigation.ts';

const key = (focusedIndex: number, k: string, rowCount = 100, pageSize = 10) =>
  rowNavigationReducer({ focusedIndex }, { type: 'key', key: k, rowCount, pageSize }).focusedIndex;

describe('row navigation', () => {
  it('moves with the arrow, page and Home/End keys, stopping at the ends', () => {
    expect(key(5, 'ArrowDown')).toBe(6);
    expect(key(5, 'ArrowUp')).toBe(4);
    expect(key(0, 'ArrowUp')).toBe(0);
    expect(key(99, 'ArrowDown')).toBe(99);
    expect(key(5, 'PageDown')).toBe(15);
    expect(key(95, 'PageDown')).toBe(99);
    expect(key(5, 'PageUp')).toBe(0);
    expect(key(50, 'Home')).toBe(0);
    expect(key(50, 'End')).toBe(99);
    expect(key(50, 'x')).toBe(50);
  });

  it('starts from a row that still exists when the list shrank', () => {
    expect(key(80, 'ArrowUp', 10)).toBe(8);
    expect(key(80, 'ArrowDown', 0)).toBe(0);
  });

  it('keeps the same state object when nothing moves (no re-render)', () => {
    const state = { focusedIndex: 0 };
    expect(
      rowNavigationReducer(state, { type: 'key', key: 'ArrowUp', rowCount: 5, pageSize: 3 }),
    ).toBe(state);
    expect(rowNavigationReducer(state, { type: 'reset' })).toBe(state);
    expect(rowNavigationReducer(state, { type: 'focus', index: 0, rowCount: 5 })).toBe(state);
    expect(
      rowNavigationReducer({ focusedIndex: 3 }, { type: 'focus', index: 9, rowCount: 5 }),
    ).toEqual({ focusedIndex: 4 });
  });

  it('always lands on a row of the list', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 500 }),
        fc.constantFrom(...navigationKeys),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 0, max: 60 }),
        (from, k, rowCount, pageSize) => {
          const to = key(from, k, rowCount, pageSize);
          expect(to).toBeGreaterThanOrEqual(0);
          expect(to).toBeLessThan(rowCount);
        },
      ),
    );
  });
});

describe('row window', () => {
  const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

  it('keeps the virtualiser window and adds the focused row wherever it is', () => {
    expect(rowWindow(range(10, 20), 15, 100)).toEqual(range(10, 20));
    expect(rowWindow(range(10, 20), 3, 100)).toEqual([3, ...range(10, 20)]);
    expect(rowWindow(range(10, 20), -1, 100)).toEqual(range(10, 20));
    expect(rowWindow([], 0, 100)).toEqual([]);
  });

  it('never puts more than the cap in the DOM, focused row included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 20_000 }),
        (start, length, focused) => {
          const out = rowWindow(range(start, start + length - 1), focused, 100);
          expect(out.length).toBeLessThanOrEqual(100);
          expect(out).toContain(focused);
          expect([...out].sort((a, b) => a - b)).toEqual(out);
        },
      ),
    );
  });
});

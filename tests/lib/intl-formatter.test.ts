import { describe, expect, it, vi } from 'vitest';
import { intlFormatter } from '../../src/lib/intl-formatter.ts';

describe('intlFormatter', () => {
  it('makes its formatter at the first use, not before, and only once', () => {
    const make = vi.fn(() => new Intl.NumberFormat('en-GB'));
    const numbers = intlFormatter(make);
    expect(make).not.toHaveBeenCalled();
    expect(numbers().format(12345)).toBe('12,345');
    expect(numbers().format(1)).toBe('1');
    expect(make).toHaveBeenCalledTimes(1);
    expect(numbers()).toBe(numbers());
  });
});

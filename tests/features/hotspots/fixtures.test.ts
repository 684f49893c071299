import { describe, expect, it } from 'vitest';
import { numbersIn } from './fixtures.ts';

describe('numbersIn (test helper)', () => {
  it('finds counts and skips coordinates', () => {
    expect(numbersIn('1,234 reports, <11, 7. 51.5°N to 52°N, 7°W 0.25°')).toEqual([1234, 11, 7]);
  });
});

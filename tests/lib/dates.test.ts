import { describe, expect, it } from 'vitest';
import { addDaysUtc, dayFromEpoch, epochDay } from '../../src/lib/dates.ts';

/** What `addDaysUtc` did before it counted days itself: through `Date` and `toISOString`. */
function viaDate(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

describe('day arithmetic', () => {
  it('agrees with Date on every day of 1960–2040 and around 1900, 2000 and 2100', () => {
    const mismatches: string[] = [];
    for (const [from, to] of [
      [1896, 1904],
      [1960, 2040],
      [2096, 2104],
    ] as const) {
      for (let t = Date.UTC(from, 0, 1); t <= Date.UTC(to, 11, 31); t += 86_400_000) {
        const day = new Date(t).toISOString().slice(0, 10);
        for (const days of [-400, -1, 0, 1, 28, 366]) {
          if (addDaysUtc(day, days) !== viaDate(day, days)) mismatches.push(`${day} ${days}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('counts days from 1 January 1970 both ways', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    expect(epochDay('1969-12-31')).toBe(-1);
    expect(epochDay('2024-03-01')).toBe(19_783);
    expect(dayFromEpoch(19_783)).toBe('2024-03-01');
    expect(dayFromEpoch(-719_528)).toBe('0000-01-01');
    expect(addDaysUtc('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysUtc('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDaysUtc('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDaysUtc('2000-02-28', 1)).toBe('2000-02-29');
  });

  it('refuses what is not a YYYY-MM-DD day, as Date did, rather than invent one', () => {
    expect(() => addDaysUtc('garbage', 1)).toThrow(RangeError);
    expect(() => addDaysUtc('2026-1-5', 1)).toThrow(RangeError);
    expect(() => epochDay('')).toThrow(RangeError);
  });
});

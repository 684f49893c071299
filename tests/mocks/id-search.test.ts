import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildIdSearchIndex, compileIdPattern, idHolds } from '../../mocks/db/id-search.ts';
import { rowToId } from '../../mocks/generator/report-id.ts';

const SIZE = 5000;
const index = buildIdSearchIndex(SIZE);
const ids = Array.from({ length: SIZE }, (_, r) => rowToId(r).toLowerCase());

function holds(word: string, row: number): boolean {
  const p = compileIdPattern(word);
  return p !== null && idHolds(index, row, p);
}

describe('id search', () => {
  it('agrees with a substring test on the id string, for pieces of ids and other words', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SIZE - 1 }),
        fc.integer({ min: 0, max: SIZE - 1 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom('', 'r', 'x', '-', 'hotel', 'ab', 'r-r', '--', '0'),
        (row, other, from, length, extra) => {
          const piece = (ids[other] ?? '').slice(from, from + length);
          for (const word of [piece, extra, piece + extra].filter((w) => w !== '')) {
            expect(holds(word, row), `${word} in ${ids[row]}`).toBe(
              (ids[row] ?? '').includes(word),
            );
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('every id holds "r", "r-" and "-"; words with other characters hold in none', () => {
    for (const w of ['r', 'r-', '-']) expect(holds(w, 17)).toBe(true);
    for (const w of ['ñ', 'a b', 'r_1', '<', 'abcdefghij']) expect(compileIdPattern(w)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditSuppression, suppressCells, type Relation } from '../../mocks/db/suppression.ts';

const K = 11;
const hiddenCells = (counts: number[], relations: Relation[], k = K) =>
  [...suppressCells(counts, relations, k)].flatMap((h, i) => (h ? [i] : []));

describe('suppressCells', () => {
  it('withholds 1..k−1, never 0 and never k or more', () => {
    expect(hiddenCells([0, 1, 5, 10, 11, 500], [])).toEqual([1, 2, 3]);
    expect(hiddenCells([0, 1, 2, 3], [], 2)).toEqual([1]);
  });

  it('one withheld part with the total shown: the next smallest non-zero part goes too', () => {
    // cells: total=0, parts 1..4
    const counts = [100, 5, 0, 30, 65];
    const rel = [{ total: 0, parts: [1, 2, 3, 4] }];
    expect(hiddenCells(counts, rel)).toEqual([1, 3]);
  });

  it('no other non-zero part: the total goes', () => {
    // A multi-valued relation: 12 reports, 5 with the one value seen, 7 with none.
    expect(hiddenCells([12, 5, 0, 0], [{ total: 0, parts: [1, 2, 3] }])).toEqual([0, 1]);
    // A total of 12 with a single part of 12 and one of 0: nothing small, nothing hidden.
    expect(hiddenCells([12, 12, 0], [{ total: 0, parts: [1, 2] }])).toEqual([]);
  });

  it('total withheld and every part shown: the smallest non-zero part goes', () => {
    // total 8 (withheld) = 0 + 8? parts 0 and 8 → 8 is withheld itself. Make the parts visible:
    // a multi-valued relation where the parts exceed k but the total does not.
    const counts = [9, 12, 15, 0];
    expect(hiddenCells(counts, [{ total: 0, parts: [1, 2, 3] }])).toEqual([0, 1]);
  });

  it('two withheld parts with the total shown need nothing more', () => {
    expect(hiddenCells([100, 3, 4, 93], [{ total: 0, parts: [1, 2, 3] }])).toEqual([1, 2]);
  });

  it('propagates through nested relations to a fixed point', () => {
    // Overall total 0 = buckets 1,2; bucket 1 = groups 3,4; bucket 2 = groups 5,6.
    const counts = [60, 30, 30, 3, 27, 15, 15];
    const relations = [
      { total: 0, parts: [1, 2] },
      { total: 1, parts: [3, 4] },
      { total: 2, parts: [5, 6] },
    ];
    const hidden = suppressCells(counts, relations, K);
    // 3 is small → 4 goes (bucket 1 shown). Nothing else needs hiding.
    expect([...hidden].flatMap((h, i) => (h ? [i] : []))).toEqual([3, 4]);
    const cascade = [30, 5, 25, 5, 0, 12, 13];
    const rels = [
      { total: 0, parts: [1, 2] },
      { total: 1, parts: [3, 4] },
      { total: 2, parts: [5, 6] },
    ];
    const h = suppressCells(cascade, rels, K);
    // bucket 1 (5) small → bucket 2 goes; bucket 2 withheld with its parts shown → the
    // smaller part (12) goes; group 3 (5) small, its sibling is 0 and its bucket withheld.
    expect([...h].flatMap((x, i) => (x ? [i] : []))).toEqual([1, 2, 3, 5]);
    expect(auditSuppression(cascade, h, rels, K)).toEqual({ smallShown: [], derivable: [] });
  });

  it('property: no small count shown, nothing derivable by subtraction, shown counts unchanged', () => {
    const table = fc
      .record({
        cells: fc.array(
          fc.oneof(
            fc.constant(0),
            fc.integer({ min: 1, max: 15 }),
            fc.integer({ min: 0, max: 400 }),
          ),
          {
            minLength: 2,
            maxLength: 40,
          },
        ),
        k: fc.integer({ min: 2, max: 12 }),
        seeds: fc.array(fc.tuple(fc.nat(), fc.array(fc.nat(), { minLength: 1, maxLength: 8 })), {
          maxLength: 10,
        }),
      })
      .map(({ cells, k, seeds }) => {
        const relations: Relation[] = seeds.map(([t, ps]) => {
          const total = t % cells.length;
          const parts = [...new Set(ps.map((p) => p % cells.length))].filter((p) => p !== total);
          return { total, parts };
        });
        const kept = relations.filter((r) => r.parts.length > 0);
        // As in real responses, a total is never below one of its parts (each part is a
        // subset of the total's reports); max-propagation settles in a few rounds.
        for (let round = 0; round < cells.length; round++) {
          for (const r of kept)
            cells[r.total] = Math.max(cells[r.total] ?? 0, ...r.parts.map((p) => cells[p] ?? 0));
        }
        return { cells, k, relations: kept };
      });
    fc.assert(
      fc.property(table, ({ cells, k, relations }) => {
        const hidden = suppressCells(cells, relations, k);
        const audit = auditSuppression(cells, hidden, relations, k);
        expect(audit.smallShown).toEqual([]);
        expect(audit.derivable).toEqual([]);
        cells.forEach((c, i) => {
          if (c === 0) expect(hidden[i]).toBe(0);
        });
      }),
      { numRuns: 500, endOnFailure: true },
    );
  });

  it('property: additive tables (a total and its parts) stay safe', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 12 }),
        (parts) => {
          const cells = [parts.reduce((s, v) => s + v, 0), ...parts];
          const relations = [{ total: 0, parts: parts.map((_, i) => i + 1) }];
          const hidden = suppressCells(cells, relations, K);
          expect(auditSuppression(cells, hidden, relations, K)).toEqual({
            smallShown: [],
            derivable: [],
          });
          // Never more than needed: with no small cell, nothing is hidden.
          if (cells.every((c) => c === 0 || c >= K))
            expect([...hidden].every((h) => h === 0)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the audit itself catches an unsafe table', () => {
    const counts = [100, 5, 95];
    const rel = [{ total: 0, parts: [1, 2] }];
    expect(auditSuppression(counts, [0, 1, 0], rel, K).derivable).toEqual(rel);
    expect(auditSuppression(counts, [0, 0, 0], rel, K).smallShown).toEqual([1]);
  });
});

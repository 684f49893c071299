/**
 * Collects the counts of one response with the relations between them, then hands out
 * contract `Count`s: exact for analysts, suppressed (suppression.ts) for partners.
 */
import type { Count } from '../../src/api/contract/common-schemas.ts';
import type { Caller } from './intake-db.ts';
import { suppressCells, type Relation } from './suppression.ts';

export interface CountTable {
  /** Adds a count, returns its cell. */
  add(count: number): number;
  /** Declares total = sum(parts). */
  relate(total: number, parts: readonly number[]): void;
  /** Resolves suppression (once) and returns the cell as a Count. */
  count(cell: number): Count;
}

export function createCountTable(caller: Caller): CountTable {
  let counts = new Float64Array(64);
  let n = 0;
  const relations: Relation[] = [];
  let hidden: Uint8Array | null = null;
  const partner = caller.role === 'partner';
  return {
    add(count) {
      if (hidden) throw new Error('CountTable: add after resolve');
      if (n === counts.length) {
        const grown = new Float64Array(n * 2);
        grown.set(counts);
        counts = grown;
      }
      counts[n] = count;
      return n++;
    },
    relate(total, parts) {
      if (partner) relations.push({ total, parts });
    },
    count(cell) {
      const v = counts[cell] as number;
      if (!partner) return { count: v, suppressed: false };
      hidden ??= suppressCells(counts.subarray(0, n), relations, caller.k);
      return hidden[cell] ? { count: null, suppressed: true } : { count: v, suppressed: false };
    },
  };
}

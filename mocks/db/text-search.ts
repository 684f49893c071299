/**
 * Free-text search (`q`): every word must appear, case-insensitively, in the narrative, a
 * tag or the id. Each word is tested once against the fragment pool and the tag pool,
 * giving a per-fragment table and a tag bitmask; rows are then matched by looking up their
 * fragment indexes (or, for a rare word, by marking the rows listed under its fragments in
 * fragment-postings.ts), so no narrative string is ever built for a search. Ids are
 * matched on their digits (id-search.ts).
 *
 * Narratives are searched with personal data masked, as analysts see them before a reveal:
 * otherwise a partner could probe for a phone number or an email through aggregate counts.
 */
import { NARRATIVE_SLOTS } from '../generator/report-columns.ts';
import type { StoreState } from './store-state.ts';
import { compileIdPattern, idHolds, type IdPattern } from './id-search.ts';

// keepRowsWithWord reads the fragment slots unrolled.
if (NARRATIVE_SLOTS !== 5) throw new Error('text-search expects 5 narrative slots');

export interface CompiledWord {
  /** 1 at fragment indexes whose text holds the word; 65,536 entries so the "no fragment" marker reads 0. */
  readonly fragments: Uint8Array;
  /** The fragments holding the word, and how many row slots use them. */
  readonly fragmentList: readonly number[];
  readonly postings: number;
  readonly tagMask: number;
  /** null when no id can hold the word. */
  readonly id: IdPattern | null;
}

export function compileWord(state: StoreState, word: string): CompiledWord {
  const fragments = new Uint8Array(65536);
  const fragmentList: number[] = [];
  let postings = 0;
  const { start } = state.fragmentPostings;
  state.searchFragments.forEach((text, f) => {
    if (!text.includes(word)) return;
    fragments[f] = 1;
    fragmentList.push(f);
    postings += (start[f + 1] as number) - (start[f] as number);
  });
  let tagMask = 0;
  state.searchTags.forEach((tag, t) => {
    if (tag.includes(word)) tagMask |= 1 << t;
  });
  return { fragments, fragmentList, postings, tagMask, id: compileIdPattern(word) };
}

/** A bitset of the rows whose narrative uses one of the word's fragments. */
function rowsWithFragments(state: StoreState, word: CompiledWord): Uint32Array {
  const bits = new Uint32Array((state.cols.size + 31) >>> 5);
  const { start, rows } = state.fragmentPostings;
  for (const f of word.fragmentList) {
    for (let k = start[f] as number; k < (start[f + 1] as number); k++) {
      const r = rows[k] as number;
      bits[r >>> 5] = (bits[r >>> 5] as number) | (1 << (r & 31));
    }
  }
  return bits;
}

/** Keeps, in place, the first `n` rows whose narrative, tags or id hold the word; returns how many. */
export function keepRowsWithWord(
  state: StoreState,
  rows: Uint32Array,
  n: number,
  word: CompiledWord,
): number {
  const { tags } = state.cols;
  const { tagMask, id } = word;
  const ids = state.idSearch;
  // A rare word: mark its rows from the postings; a common one: read each row's slots.
  const sparse = word.postings < n ? rowsWithFragments(state, word) : null;
  let m = 0;
  for (let j = 0; j < n; j++) {
    const r = rows[j] as number;
    const hit = sparse
      ? ((sparse[r >>> 5] as number) >>> (r & 31)) & 1
      : narrativeHolds(state, r, word.fragments);
    if (
      hit !== 0 ||
      ((tags[r] as number) & tagMask) !== 0 ||
      (id !== null && idHolds(ids, r, id))
    ) {
      rows[m++] = r;
    }
  }
  return m;
}

/** 1 when one of the row's fragment slots is marked in `table`. */
function narrativeHolds(state: StoreState, r: number, table: Uint8Array): number {
  const narrative = state.cols.narrative;
  const b = r * NARRATIVE_SLOTS;
  return (
    (table[narrative[b] as number] as number) |
    (table[narrative[b + 1] as number] as number) |
    (table[narrative[b + 2] as number] as number) |
    (table[narrative[b + 3] as number] as number) |
    (table[narrative[b + 4] as number] as number)
  );
}

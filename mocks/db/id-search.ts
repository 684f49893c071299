/**
 * Free-text search on ids. An id is "r-" + 7 base-36 digits (lower-cased for search), so a
 * word can sit in it only as "r"/"r-"/"-" followed by the leading digits, or wholly among
 * the digits. Every row's digits are kept as bytes, with a 36-bit mask of the digits each
 * id holds: most ids lack one of the word's characters and are rejected on the mask alone.
 */
import { ID_DIGITS, scrambleRow } from '../generator/report-id.ts';

export interface IdSearchIndex {
  /** ID_DIGITS char codes per row. */
  readonly digits: Uint8Array;
  /** Which of the digits 0–9, a–v (bits 0–31) each id holds. */
  readonly charsLow: Uint32Array;
  /** Which of w–z (bits 0–3) each id holds. */
  readonly charsHigh: Uint8Array;
}

/** Bit of a base-36 digit's char code: 0–9 → 0–9, a–z → 10–35. */
function digitBit(code: number): number {
  return code <= 0x39 ? code - 0x30 : code - 0x61 + 10;
}

function maskOf(codes: Uint8Array): [number, number] {
  let low = 0;
  let high = 0;
  for (const c of codes) {
    const b = digitBit(c);
    if (b < 32) low |= 1 << b;
    else high |= 1 << (b - 32);
  }
  return [low >>> 0, high];
}

export function buildIdSearchIndex(size: number): IdSearchIndex {
  const digits = new Uint8Array(size * ID_DIGITS);
  const charsLow = new Uint32Array(size);
  const charsHigh = new Uint8Array(size);
  for (let row = 0; row < size; row++) {
    let v = scrambleRow(row);
    let low = 0;
    let high = 0;
    for (let i = ID_DIGITS - 1; i >= 0; i--) {
      const d = v % 36;
      v = (v - d) / 36;
      digits[row * ID_DIGITS + i] = d < 10 ? 0x30 + d : 0x61 + d - 10;
      if (d < 32) low |= 1 << d;
      else high |= 1 << (d - 32);
    }
    charsLow[row] = low;
    charsHigh[row] = high;
  }
  return { digits, charsLow, charsHigh };
}

/** How a word can sit in an id. */
export interface IdPattern {
  /** Every id holds the word ("r", "r-", "-"). */
  readonly always: boolean;
  /** Digits the id must start with (the word began with "r-" or "-"). */
  readonly prefix: Uint8Array | null;
  readonly prefixMask: readonly [number, number];
  /** The word, when it may lie anywhere among the digits. */
  readonly inside: Uint8Array | null;
  readonly insideMask: readonly [number, number];
}

/** null when no id can hold the word. */
export function compileIdPattern(word: string): IdPattern | null {
  if (!/^[0-9a-z-]{1,9}$/.test(word)) return null;
  const none: [number, number] = [0, 0];
  if (word === 'r' || word === 'r-' || word === '-') {
    return { always: true, prefix: null, prefixMask: none, inside: null, insideMask: none };
  }
  const codes = Uint8Array.from(word, (ch) => ch.charCodeAt(0));
  const head = word.startsWith('r-') ? 2 : word.startsWith('-') ? 1 : 0;
  const prefix = head > 0 && /^[0-9a-z]{1,7}$/.test(word.slice(head)) ? codes.subarray(head) : null;
  const inside = /^[0-9a-z]+$/.test(word) && word.length <= ID_DIGITS ? codes : null;
  if (!prefix && !inside) return null;
  return {
    always: false,
    prefix,
    prefixMask: prefix ? maskOf(prefix) : none,
    inside,
    insideMask: inside ? maskOf(inside) : none,
  };
}

/** Whether a row's id holds the pattern. */
export function idHolds(index: IdSearchIndex, row: number, p: IdPattern): boolean {
  if (p.always) return true;
  const low = index.charsLow[row] as number;
  const high = index.charsHigh[row] as number;
  const { prefix, inside } = p;
  const digits = index.digits;
  const base = row * ID_DIGITS;
  if (
    prefix &&
    (low & p.prefixMask[0]) >>> 0 === p.prefixMask[0] &&
    (high & p.prefixMask[1]) === p.prefixMask[1]
  ) {
    let j = 0;
    while (j < prefix.length && digits[base + j] === prefix[j]) j++;
    if (j === prefix.length) return true;
  }
  if (
    inside &&
    (low & p.insideMask[0]) >>> 0 === p.insideMask[0] &&
    (high & p.insideMask[1]) === p.insideMask[1]
  ) {
    const first = inside[0] as number;
    const last = ID_DIGITS - inside.length;
    for (let o = 0; o <= last; o++) {
      if (digits[base + o] !== first) continue;
      let j = 1;
      while (j < inside.length && digits[base + o + j] === inside[j]) j++;
      if (j === inside.length) return true;
    }
  }
  return false;
}

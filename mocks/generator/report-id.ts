/**
 * Report ids: "R-" + 7 base-36 digits of a scrambled row number. The scramble is a
 * bijection on 32-bit integers, so ids look unordered (nobody reads the intake order or
 * volume from them), are stable for a given row, and map back to the row in O(1) without
 * a lookup table.
 */

const M1 = 0x7feb352d;
const M2 = 0x846ca68b;
const OFFSET = 0x5bd1e995;

/** Multiplicative inverse of an odd number modulo 2^32 (Newton's iteration). */
function inverseOdd(a: number): number {
  let x = a;
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(a, x));
  return x >>> 0;
}
const M1_INV = inverseOdd(M1);
const M2_INV = inverseOdd(M2);

/** Undoes x ^= x >>> s for a 32-bit x. */
function unxorshift(y: number, s: number): number {
  let x = y;
  for (let k = s; k < 32; k += s) x = y ^ (x >>> s);
  return x >>> 0;
}

export function scrambleRow(row: number): number {
  // The offset keeps row 0 from mapping to 0 ("R-0000000").
  let x = (row ^ OFFSET) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, M1);
  x ^= x >>> 15;
  x = Math.imul(x, M2);
  x ^= x >>> 16;
  return x >>> 0;
}

export function unscrambleRow(value: number): number {
  let x = unxorshift(value >>> 0, 16);
  x = Math.imul(x, M2_INV) >>> 0;
  x = unxorshift(x, 15);
  x = Math.imul(x, M1_INV) >>> 0;
  return (unxorshift(x, 16) ^ OFFSET) >>> 0;
}

export const ID_DIGITS = 7;
const ID_PATTERN = /^R-[0-9A-Z]{7}$/;

export function rowToId(row: number): string {
  return 'R-' + scrambleRow(row).toString(36).toUpperCase().padStart(ID_DIGITS, '0');
}

/** The row of an id, or -1 when the string is not an id of a row below `size`. */
export function idToRow(id: string, size: number): number {
  if (!ID_PATTERN.test(id)) return -1;
  const value = parseInt(id.slice(2), 36);
  if (value > 0xffffffff) return -1;
  const row = unscrambleRow(value);
  return row < size ? row : -1;
}

/**
 * Writes the lower-case characters of a row's id ("r-" and 7 digits) as char codes into
 * `out` without building a string: free-text search tests id substrings on many rows.
 */
export function writeIdCodes(row: number, out: Uint8Array): void {
  let v = scrambleRow(row);
  out[0] = 0x72; // r
  out[1] = 0x2d; // -
  for (let i = ID_DIGITS + 1; i >= 2; i--) {
    const d = v % 36;
    v = (v - d) / 36;
    out[i] = d < 10 ? 0x30 + d : 0x61 + d - 10;
  }
}

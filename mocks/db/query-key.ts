/**
 * Canonical text of a query (caller scope + filters [+ sort]): the key of the match cache
 * and, hashed, the fingerprint a cursor carries. Equivalent filters give the same key
 * (lists sorted and de-duplicated, q words lower-cased and sorted).
 */
import { filterEnumNames } from '../../src/api/contract/enums.ts';
import type { Filters } from '../../src/api/contract/filter-params.ts';
import type { Caller } from './intake-db.ts';

const scopeKeys = new WeakMap<ReadonlySet<string>, string>();

export function scopeKey(caller: Caller): string {
  const scope = caller.scopeCountries;
  if (scope === null) return '*';
  let key = scopeKeys.get(scope);
  if (key === undefined) {
    key = [...scope].sort().join(',');
    scopeKeys.set(scope, key);
  }
  return key;
}

/** Free-text words, lower-cased, de-duplicated, sorted. */
export function queryWords(q: string | undefined): string[] {
  if (!q) return [];
  return [
    ...new Set(
      q
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w !== ''),
    ),
  ].sort();
}

const list = (v: readonly string[] | undefined) =>
  v && v.length ? [...new Set(v)].sort().join(',') : '';

export function filterKey(caller: Caller, filters: Filters): string {
  const parts = [
    `scope=${scopeKey(caller)}`,
    `from=${filters.from ?? ''}`,
    `to=${filters.to ?? ''}`,
  ];
  for (const name of filterEnumNames) parts.push(`${name}=${list(filters[name])}`);
  parts.push(
    `country=${list(filters.country)}`,
    `region=${list(filters.region)}`,
    `tag=${list(filters.tag)}`,
    `q=${queryWords(filters.q).join(' ')}`,
    `bbox=${filters.bbox ? filters.bbox.join(',') : ''}`,
    `hasCoordinates=${filters.hasCoordinates ?? ''}`,
  );
  return parts.join('|');
}

/** cyrb53: a fast 53-bit string hash, as base-36 text. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

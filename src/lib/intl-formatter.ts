/**
 * An `Intl` formatter made at its first use, then shared. Not made as its module is
 * evaluated: a page's first `Intl` object loads the browser's locale data (35–56 ms in a
 * fresh page on a 2-core machine), and made at module level it fell on the entry's or a
 * page chunk's evaluation, before the first requests left. At the first use it falls while
 * their answers are on the way (README decision 32).
 */
export function intlFormatter<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/**
 * "GB" → "United Kingdom": the browser's own CLDR names (en-GB), so no table ships with the
 * app. Where the API's metadata names a country, callers show that name instead. One
 * `Intl.DisplayNames` for the whole page: the first Intl object a page makes costs it
 * 20–40 ms (ICU's data), and the cases and the map both name countries.
 */
let names: Intl.DisplayNames | null | undefined;

export function countryName(code: string): string {
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(['en-GB'], { type: 'region', fallback: 'code' });
    } catch {
      // A runtime without region names: codes it is.
      names = null;
    }
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    // Not a well-formed region code (DisplayNames throws): show the code as it came.
    return code;
  }
}

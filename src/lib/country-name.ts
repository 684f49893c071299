/**
 * "GB" → "United Kingdom": the browser's own CLDR names (en-GB), so no table ships with the
 * app (the map prefers the API's metadata names where it has them). One `Intl.DisplayNames`
 * for the whole page, made when the first name is asked for: the cases and the map both
 * name countries, and each Intl object costs time to build.
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

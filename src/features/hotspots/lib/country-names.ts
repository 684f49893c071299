/**
 * Country names for codes the page has no name for (the API's metadata names win when
 * given): the browser's own CLDR names, so no table ships with the app.
 */
let names: Intl.DisplayNames | null = null;

export function countryName(code: string): string {
  try {
    names ??= new Intl.DisplayNames(['en-GB'], { type: 'region', fallback: 'code' });
    return names.of(code) ?? code;
  } catch {
    // Not a well-formed region code (DisplayNames throws): show the code as it came.
    return code;
  }
}

/**
 * CSV for chart data (RFC 4180), safe to open in a spreadsheet. To move to a shared module
 * once a second feature exports CSV.
 *
 * Formula injection (OWASP "CSV Injection"): a text cell that begins with =, +, -, @, tab,
 * carriage return or line feed may run as a formula in Excel, LibreOffice or Sheets. Such a
 * cell gets a leading single quote, which spreadsheets show as text. Numbers are written as
 * they are: the caller's own numbers (including negative changes) are not formulas.
 */

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r\n]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One text cell: defused if it could start a formula, then quoted if RFC 4180 needs it. */
export function escapeCsvText(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return escapeCsvText(cell);
}

/** Rows of cells as CSV text, CRLF line ends as RFC 4180 asks, with a final line end. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

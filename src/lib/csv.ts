/**
 * CSV writing rules, the one copy shared by the mocked intake API's export and the
 * dashboard's own downloads (chart data): RFC 4180 quoting plus OWASP CSV-injection
 * neutralising. Pure functions, no I/O.
 *
 * The guarantee, for any string `v`: parsing `escapeCsvCell(v)` as an RFC 4180 field gives
 * back exactly `neutraliseCsvCell(v)`. `neutraliseCsvCell` only ever prepends one `'`, and
 * only to values starting with a trigger character, so the original is recoverable by
 * anyone who knows it started with a trigger (`'` followed by a trigger means "added").
 */

/**
 * Leading characters that make Excel, LibreOffice or Google Sheets read a cell as a formula
 * (or, for tab/CR/LF, let a formula hide behind whitespace), per OWASP's CSV injection page.
 */
export const CSV_INJECTION_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r', '\n'];

/** How several values of one cell (platforms, tags…) are joined. */
export const CSV_MULTI_VALUE_SEPARATOR = '; ';

/** Prefixes a single quote to a value that starts with a trigger; every other value is unchanged. */
export function neutraliseCsvCell(value: string): string {
  return value !== '' && CSV_INJECTION_TRIGGERS.includes(value.charAt(0)) ? `'${value}` : value;
}

/** RFC 4180: a field holding a comma, quote, CR or LF is quoted, its quotes doubled. */
export function quoteCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One cell as it goes into the file: neutralised, then quoted. */
export function escapeCsvCell(value: string): string {
  return quoteCsvField(neutraliseCsvCell(value));
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map(escapeCsvCell).join(',')}\r\n`;
}

/** A cell of a table the dashboard writes: numbers are its own figures, written as they are. */
export type CsvCell = string | number | null | undefined;

export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return escapeCsvCell(cell);
}

/** Rows of cells as CSV text, CRLF line ends as RFC 4180 asks, with a final line end. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

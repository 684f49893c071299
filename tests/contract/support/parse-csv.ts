/**
 * A strict RFC 4180 reader for tests: CRLF-terminated records, quoted fields with doubled
 * quotes. It rejects what the writer must never produce (a bare CR or LF or a quote in an
 * unquoted field, text after a closing quote, an unterminated record), so a round trip
 * through it proves the writer quotes everything it has to.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let closed = false; // just after a closing quote
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
    closed = false;
  };
  while (i < text.length) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        closed = true;
        i += 1;
      } else {
        field += c;
        i += 1;
      }
      continue;
    }
    if (c === ',') {
      endField();
      i += 1;
    } else if (c === '\r' && text.charAt(i + 1) === '\n') {
      endField();
      rows.push(row);
      row = [];
      i += 2;
    } else if (closed) {
      throw new Error(`text after a closing quote at ${i}`);
    } else if (c === '"' && field === '') {
      quoted = true;
      i += 1;
    } else if (c === '"' || c === '\r' || c === '\n') {
      throw new Error(`unquoted ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0 || closed) throw new Error('last record has no CRLF');
  return rows;
}

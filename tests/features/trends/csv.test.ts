import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeCsvCell as escapeCsvText, toCsv, type CsvCell } from '../../../src/lib/csv.ts';

/** A strict RFC 4180 reader: the oracle the writer must satisfy. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const endField = (value: string) => row.push(value);
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else value += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n')
          throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
        value += text[i++];
      }
    }
    endField(value);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      i += 2;
      rows.push(row);
      row = [];
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return rows;
}

const dangerous = /^[=+\-@\t\r\n]/;

/** Text weighted toward what breaks CSV: formula starts, quotes, separators, line ends. */
const trickyText = fc.oneof(
  fc.string({
    unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'", ' ', 'a', 'é', '😀'),
  }),
  fc.string({ unit: 'grapheme' }),
);

describe('escapeCsvText (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['\nx', `"'\nx"`],
    ['a,b', '"a,b"'],
    ['Côte d’Ivoire', 'Côte d’Ivoire'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(escapeCsvText(input)).toBe(output);
  });

  it('never lets a cell begin with a formula character once unquoted', () => {
    fc.assert(
      fc.property(trickyText, (s) => {
        const [[cell]] = parseCsv(`${escapeCsvText(s)}\r\n`) as [[string]];
        return !dangerous.test(cell) && cell === (dangerous.test(s) ? `'${s}` : s);
      }),
    );
  });
});

describe('toCsv', () => {
  it('writes numbers as numbers, null as empty, and ends lines with CRLF', () => {
    expect(
      toCsv([
        ['Period', 'Reports'],
        ['2026-03-01', 0],
        ['2026-03-02', null],
        ['2026-03-03', -5],
      ]),
    ).toBe('Period,Reports\r\n2026-03-01,0\r\n2026-03-02,\r\n2026-03-03,-5\r\n');
  });

  it('round-trips through an RFC 4180 reader', () => {
    const cell = fc.oneof(trickyText, fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        (rows: CsvCell[][]) => {
          const expected = rows.map((r) =>
            r.map((c) =>
              c === null || c === undefined
                ? ''
                : typeof c === 'number'
                  ? String(c)
                  : dangerous.test(c)
                    ? `'${c}`
                    : c,
            ),
          );
          expect(parseCsv(toCsv(rows))).toEqual(expected);
        },
      ),
    );
  });
});

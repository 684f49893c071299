import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CSV_INJECTION_TRIGGERS,
  csvRow,
  escapeCsvCell,
  neutraliseCsvCell,
} from '../../src/lib/csv.ts';
import { parseCsv } from './support/parse-csv.ts';

// The OWASP list, written out here rather than imported, so the test checks the rule itself.
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\n'];

// Strings made of the characters that matter (triggers, quotes, separators, line breaks,
// non-ASCII) as well as arbitrary Unicode, so the properties meet the hard cases often.
const tricky = fc
  .array(
    fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      '\n',
      '"',
      ',',
      "'",
      ';',
      ' ',
      'a',
      'Z',
      '1',
      'é',
      '😀',
      '\u2028',
    ),
    { maxLength: 12 },
  )
  .map((chars) => chars.join(''));
const cellValue = fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 30 }));
const rows = fc.array(fc.array(cellValue, { minLength: 1, maxLength: 6 }), {
  minLength: 1,
  maxLength: 8,
});

describe('CSV writer', () => {
  it('round-trips: parse(write(v)) is neutralise(v), cell by cell', () => {
    fc.assert(
      fc.property(rows, (table) => {
        const parsed = parseCsv(table.map(csvRow).join(''));
        expect(parsed).toEqual(table.map((r) => r.map(neutraliseCsvCell)));
      }),
      { numRuns: 1500 },
    );
  });

  it('never lets a parsed cell start with a formula trigger', () => {
    fc.assert(
      fc.property(rows, (table) => {
        for (const cell of parseCsv(table.map(csvRow).join('')).flat()) {
          expect(TRIGGERS).not.toContain(cell.charAt(0));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('neutralise adds one quote exactly to trigger-led values, so the original is recoverable', () => {
    fc.assert(
      fc.property(cellValue, (v) => {
        const n = neutraliseCsvCell(v);
        if (v !== '' && TRIGGERS.includes(v.charAt(0))) expect(n).toBe(`'${v}`);
        else expect(n).toBe(v);
      }),
    );
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1 555', "'+1 555"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['\ncmd', `"'\ncmd"`],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["'quoted", "'quoted"],
    ['a-b=c', 'a-b=c'],
    ['', ''],
  ])('escapes %j as %j', (value, expected) => {
    expect(escapeCsvCell(value)).toBe(expected);
  });

  it('exports the same trigger list', () => {
    expect([...CSV_INJECTION_TRIGGERS].sort()).toEqual([...TRIGGERS].sort());
  });

  it('ends each record with CRLF', () => {
    expect(csvRow(['a', 'b'])).toBe('a,b\r\n');
  });
});

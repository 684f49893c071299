import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseColumnIds } from '../../../src/features/cases/lib/case-columns.ts';
import {
  COLUMN_PREFS_KEY,
  defaultColumnPrefs,
  loadColumnPrefs,
  moveColumn,
  parseColumnPrefs,
  saveColumnPrefs,
  serialiseColumnPrefs,
  setColumnVisible,
  setColumnWidth,
  visibleColumnIds,
  type ColumnPrefs,
} from '../../../src/features/cases/lib/column-prefs.ts';

class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, String(value));
  }
}

const isValid = (p: ColumnPrefs) =>
  p.order.length === caseColumnIds.length &&
  new Set(p.order).size === caseColumnIds.length &&
  caseColumnIds.every((id) => p.order.includes(id)) &&
  caseColumnIds.some((id) => p.visibility[id]) &&
  caseColumnIds.every((id) => Number.isFinite(p.widths[id]));

describe('column preferences', () => {
  it('round-trip through storage under one key, holding only layout', () => {
    const storage = new MemoryStorage();
    let prefs = setColumnVisible(defaultColumnPrefs(), 'tags', false);
    prefs = moveColumn(prefs, 'status', -1);
    prefs = setColumnWidth(prefs, 'narrativePreview', 500);
    expect(saveColumnPrefs(prefs, storage)).toBe(true);
    expect(storage.length).toBe(1);
    expect(Object.keys(JSON.parse(storage.getItem(COLUMN_PREFS_KEY)!)).sort()).toEqual([
      'order',
      'version',
      'visibility',
      'widths',
    ]);
    expect(loadColumnPrefs(storage)).toEqual(prefs);
  });

  it.each([
    ['not JSON', '{oops'],
    [
      'wrong version',
      JSON.stringify({ ...JSON.parse(serialiseColumnPrefs(defaultColumnPrefs())), version: 2 }),
    ],
    ['a string', JSON.stringify('hello')],
    ['null', 'null'],
    ['wrong types', JSON.stringify({ version: 1, order: 'status', visibility: [], widths: {} })],
    [
      'every column hidden',
      JSON.stringify({
        version: 1,
        order: [],
        visibility: Object.fromEntries(caseColumnIds.map((id) => [id, false])),
        widths: {},
      }),
    ],
  ])('fall back to the defaults on %s', (_name, text) => {
    const storage = new MemoryStorage();
    storage.setItem(COLUMN_PREFS_KEY, text);
    expect(loadColumnPrefs(storage)).toEqual(defaultColumnPrefs());
  });

  it('keep what is usable from a partly stale value', () => {
    // JSON.parse makes "__proto__" an own key, as a hand-edited stored value would.
    const prefs = parseColumnPrefs(
      JSON.parse(
        '{"version":1,"order":["tags","gone","tags","urgency"],' +
          '"visibility":{"status":false,"gone":false,"__proto__":{"polluted":true}},' +
          '"widths":{"urgency":99999,"source":-5,"receivedAt":200,"__proto__":1}}',
      ),
    );
    expect(prefs.order.slice(0, 2)).toEqual(['tags', 'urgency']);
    expect(isValid(prefs)).toBe(true);
    expect(prefs.visibility.status).toBe(false);
    expect(prefs.widths.urgency).toBe(640);
    expect(prefs.widths.source).toBe(80);
    expect(prefs.widths.receivedAt).toBe(200);
    expect(Object.getPrototypeOf(prefs.visibility)).toBe(Object.prototype);
    expect(Object.keys(prefs.visibility).sort()).toEqual([...caseColumnIds].sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('always give usable preferences, whatever was stored', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(isValid(parseColumnPrefs(value))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(
        fc.record({
          version: fc.constant(1),
          order: fc.array(fc.oneof(fc.constantFrom(...caseColumnIds), fc.string())),
          visibility: fc.dictionary(fc.constantFrom(...caseColumnIds), fc.boolean()),
          widths: fc.dictionary(fc.constantFrom(...caseColumnIds), fc.double()),
        }),
        (value) => {
          expect(isValid(parseColumnPrefs(value))).toBe(true);
        },
      ),
    );
  });

  it('survive storage that throws (disabled or full)', () => {
    const broken = new MemoryStorage();
    broken.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    broken.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(loadColumnPrefs(broken)).toEqual(defaultColumnPrefs());
    expect(saveColumnPrefs(defaultColumnPrefs(), broken)).toBe(false);
  });

  it('never hide the last visible column', () => {
    let prefs = defaultColumnPrefs();
    for (const id of caseColumnIds) prefs = setColumnVisible(prefs, id, false);
    expect(visibleColumnIds(prefs)).toEqual(['narrativePreview']);
  });

  it('move columns among the visible ones, and not past the ends', () => {
    let prefs = setColumnVisible(defaultColumnPrefs(), 'urgency', false);
    prefs = moveColumn(prefs, 'status', -1);
    expect(visibleColumnIds(prefs).slice(0, 2)).toEqual(['status', 'receivedAt']);
    expect(moveColumn(prefs, 'status', -1)).toBe(prefs);
    expect(moveColumn(prefs, 'narrativePreview', 1)).toBe(prefs);
    expect(moveColumn(prefs, 'urgency', 1)).toBe(prefs);
  });

  it('clamp widths to the column limits', () => {
    const prefs = defaultColumnPrefs();
    expect(setColumnWidth(prefs, 'status', 10).widths.status).toBe(80);
    expect(setColumnWidth(prefs, 'status', 123.6).widths.status).toBe(124);
    expect(setColumnWidth(prefs, 'status', Number.NaN).widths.status).toBe(130);
  });
});

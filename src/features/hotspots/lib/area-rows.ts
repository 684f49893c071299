import type { Count } from '../../../api/contract/common-schemas.ts';
import type { Bbox } from '../../../api/contract/filter-params.ts';
import { disclosed } from './disclosure.ts';
import { bboxesIntersect } from './geo-extent.ts';
import type { CountryBoxes } from './country-boxes.ts';
import type { CountryCount, Disclosure, GridCell } from './map-types.ts';

/**
 * The areas the map shows, as rows for the list/table that gives keyboard and screen-reader
 * users the same information (and the same filtering) as the map.
 */
export type AreaRow =
  | { kind: 'country'; id: string; label: string; count: Count; country: string }
  | { kind: 'cell'; id: string; label: string; count: Count; bbox: Bbox };

export const countryAreaId = (code: string) => `country:${code}`;
export const cellAreaId = (cell: { south: number; west: number }) =>
  `cell:${cell.south}:${cell.west}`;

const deg = (x: number) =>
  `${Math.abs(x)
    .toFixed(2)
    .replace(/\.?0+$/, '')}°`;
const latText = (x: number) => `${deg(x)}${x > 0 ? 'N' : x < 0 ? 'S' : ''}`;
const lonText = (x: number) => `${deg(x)}${x > 0 ? 'E' : x < 0 ? 'W' : ''}`;

/** "51.5°N to 52°N, 0.5°W to 0°" */
export function cellLabel(cell: { south: number; west: number }, cellSize: number): string {
  return `${latText(cell.south)} to ${latText(cell.south + cellSize)}, ${lonText(cell.west)} to ${lonText(cell.west + cellSize)}`;
}

export function cellBbox(cell: { south: number; west: number }, cellSize: number): Bbox {
  return [cell.west, cell.south, Math.min(180, cell.west + cellSize), cell.south + cellSize];
}

/** Scope is enforced by the API; this is the dashboard's own check that nothing else is drawn. */
export function inScopeCountries<T extends CountryCount>(
  items: readonly T[],
  scope: readonly string[] | null | undefined,
): T[] {
  if (!scope) return [...items];
  const allowed = new Set(scope);
  return items.filter((i) => allowed.has(i.country));
}

export function inScopeCells<T extends GridCell>(
  cells: readonly T[],
  cellSize: number,
  scope: readonly string[] | null | undefined,
  boxes: CountryBoxes,
): T[] {
  if (!scope) return [...cells];
  const scopeBoxes = scope.flatMap((c) => (boxes[c] ? [boxes[c]] : []));
  return cells.filter((cell) => {
    const box = cellBbox(cell, cellSize);
    return scopeBoxes.some((s) => bboxesIntersect(box, s));
  });
}

/**
 * The areas worth a row: the map already shows every country with no reports as such, and
 * a table of 200 zeros would bury the ones that matter. Suppressed counts are not zero: kept.
 */
export function withReports<T extends { count: Count }>(items: readonly T[]): T[] {
  return items.filter((i) => i.count.suppressed || i.count.count !== 0);
}

/** Visible counts largest first, then the suppressed ones ("<k" is below every shown count), then zeros. */
function rank(count: Count): number {
  if (count.count === null) return 0.5;
  return count.count === 0 ? 0 : count.count + 1;
}

export function sortAreaRows<R extends AreaRow>(rows: readonly R[]): R[] {
  return [...rows].sort(
    (a, b) => rank(b.count) - rank(a.count) || a.label.localeCompare(b.label, 'en'),
  );
}

export function countryRows(
  items: readonly CountryCount[],
  disclosure: Disclosure,
  name: (code: string) => string = (code) => code,
): AreaRow[] {
  return sortAreaRows(
    items.map((i) => ({
      kind: 'country' as const,
      id: countryAreaId(i.country),
      label: name(i.country),
      count: disclosed(i.count, disclosure),
      country: i.country,
    })),
  );
}

export function cellRows(
  cells: readonly GridCell[],
  cellSize: number,
  disclosure: Disclosure,
): AreaRow[] {
  return sortAreaRows(
    cells
      .filter((c) => c.count.count !== 0)
      .map((c) => ({
        kind: 'cell' as const,
        id: cellAreaId(c),
        label: cellLabel(c, cellSize),
        count: disclosed(c.count, disclosure),
        bbox: cellBbox(c, cellSize),
      })),
  );
}

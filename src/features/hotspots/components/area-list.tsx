import { useState } from 'react';
import type { AreaRow } from '../lib/area-rows.ts';
import { countLabel } from '../lib/disclosure.ts';
import type { Disclosure } from '../lib/map-types.ts';

export interface AreaListProps {
  /** In count order (see sortAreaRows). */
  rows: readonly AreaRow[];
  /** "Countries on the map", "Grid cells in this view". */
  caption: string;
  disclosure: Disclosure;
  onActivate(row: AreaRow): void;
  highlight?: string | null;
  onHighlight?(id: string | null): void;
  /** Rows shown before "Show all". */
  limit?: number;
}

/**
 * The map as a table, for keyboard and screen-reader users: the same areas and counts, and
 * activating a row filters just as clicking the map does. Focusing a row highlights the area
 * on the map (and opens its tooltip), so sighted keyboard users see where it is.
 */
export function AreaList(props: AreaListProps) {
  const {
    rows,
    caption,
    disclosure,
    onActivate,
    highlight = null,
    onHighlight,
    limit = 50,
  } = props;
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? rows : rows.slice(0, limit);
  if (rows.length === 0) {
    return <p className="hs-areas">No areas with reports in this view.</p>;
  }
  return (
    <div className="hs-areas">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Reports</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.id} className={row.id === highlight ? 'hs-highlight-row' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onActivate(row)}
                  onFocus={() => onHighlight?.(row.id)}
                  onBlur={() => onHighlight?.(null)}
                  onMouseEnter={() => onHighlight?.(row.id)}
                  onMouseLeave={() => onHighlight?.(null)}
                >
                  <span className="visually-hidden">Filter to</span> {row.label}
                </button>
              </th>
              <td>{countLabel(row.count, disclosure)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > limit && (
        <button type="button" onClick={() => setShowAll((v) => !v)} aria-expanded={showAll}>
          {showAll ? `Show the first ${limit}` : `Show all ${rows.length} areas`}
        </button>
      )}
    </div>
  );
}

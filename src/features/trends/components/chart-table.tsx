import type { TableModel } from '../lib/chart-table.ts';
import { useScrollable } from './use-scrollable.ts';

/**
 * The "show as table" alternative of a chart: a real table, with a caption and header
 * cells scoped to their rows and columns, so every figure drawn is also reachable by
 * keyboard and screen reader. With `onSelectRow`, each row header is a button that does
 * what clicking that bar does (filter every view by the value); with `onSelectColumn`,
 * each column header does what clicking that series does.
 */

export interface ChartTableProps {
  id?: string;
  model: TableModel;
  onSelectRow?: (key: string) => void;
  /** Rows that cannot be selected ("Other" is not one value to filter by). */
  isRowSelectable?: (key: string) => boolean;
  /** The same for columns: a trend's series are its columns. */
  onSelectColumn?: (key: string) => void;
  isColumnSelectable?: (key: string) => boolean;
}

const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;

function FilterButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    // The visible label is part of the name (WCAG 2.5.3), so voice control finds it.
    <button
      type="button"
      className="trends-link-button"
      aria-label={`Filter by ${label}`}
      onClick={onClick}
    >
      {label}
    </button>
  );
}

export function ChartTable({
  id,
  model,
  onSelectRow,
  isRowSelectable = () => true,
  onSelectColumn,
  isColumnSelectable = () => true,
}: ChartTableProps) {
  const [scrollRef, scrollable] = useScrollable<HTMLDivElement>();
  const scrollTabIndex = scrollable ? 0 : undefined;
  return (
    // A long or wide table scrolls inside its box; then the box takes focus, so a keyboard
    // can scroll it too (and only then: a box that does not scroll is no tab stop).
    <div
      ref={scrollRef}
      className="trends-table-scroll"
      style={{ overflowX: 'auto' }}
      role="region"
      aria-label={`${model.caption} (table)`}
      tabIndex={scrollTabIndex}
    >
      <table id={id} className="trends-table">
        <caption>
          {model.caption}
          {model.note ? <span className="trends-table-note"> {model.note}</span> : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">{model.rowHeaderLabel}</th>
            {model.columns.map((c) => (
              <th key={c.key} scope="col" style={numeric}>
                {onSelectColumn && isColumnSelectable(c.key) ? (
                  <FilterButton label={c.label} onClick={() => onSelectColumn(c.key)} />
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                {onSelectRow && isRowSelectable(row.key) ? (
                  <FilterButton label={row.header} onClick={() => onSelectRow(row.key)} />
                ) : (
                  row.header
                )}
              </th>
              {row.cells.map((cell, i) => (
                <td key={model.columns[i]?.key ?? i} style={numeric} data-state={cell.state}>
                  {cell.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

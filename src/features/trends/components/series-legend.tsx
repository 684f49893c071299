import type { LegendItem } from '../lib/trend-legend.ts';

/**
 * The legend as real buttons (Recharts' legend is not keyboard-operable): each toggles its
 * series on the chart and in the table. `aria-pressed` says whether the series is shown.
 */

export interface SeriesLegendProps {
  items: readonly LegendItem[];
  hidden: ReadonlySet<string>;
  onToggle?: (key: string) => void;
}

const swatch = (item: LegendItem) =>
  ({
    display: 'inline-block',
    width: 12,
    height: item.dashed ? 0 : 12,
    marginInlineEnd: 6,
    verticalAlign: 'middle',
    background: item.dashed ? 'transparent' : item.colour,
    borderTop: item.dashed ? `2px dashed ${item.colour}` : undefined,
  }) as const;

export function SeriesLegend({ items, hidden, onToggle }: SeriesLegendProps) {
  return (
    <ul
      className="trends-legend"
      aria-label="Series (select to hide or show)"
      style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 8, padding: 0 }}
    >
      {items.map((item) => {
        const shown = !hidden.has(item.key);
        const content = (
          <>
            <span aria-hidden="true" style={swatch(item)} />
            <span style={{ textDecoration: shown ? undefined : 'line-through' }}>{item.label}</span>
          </>
        );
        return (
          <li key={item.key}>
            {onToggle ? (
              <button
                type="button"
                aria-pressed={shown}
                onClick={() => onToggle(item.key)}
                className="trends-legend-button"
              >
                {content}
              </button>
            ) : (
              content
            )}
          </li>
        );
      })}
    </ul>
  );
}

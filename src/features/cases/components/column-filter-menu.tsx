import { useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { filterEnums, type FilterEnumName } from '../../../api/contract/enums.ts';
import { formatNumber } from '../../../lib/format.ts';
import { useDisclosure } from './use-disclosure.ts';

export interface ColumnFilterMenuProps {
  field: FilterEnumName;
  /** The column's header, for "Filter Status". */
  label: string;
  selected: readonly string[];
  /** Reports per value for the current filters; undefined while not loaded. */
  counts?: Readonly<Record<string, number>>;
  /** Why the counts could not be loaded, if they could not. */
  countsError?: string;
  onChange: (field: FilterEnumName, values: string[]) => void;
  /** Lets the caller load counts only for a menu that is open. */
  onOpenChange?: (field: FilterEnumName, open: boolean) => void;
}

/**
 * The panel is `position: fixed` at its button, so the table's scroll box cannot clip it,
 * yet it stays next to the button in the DOM and in the Tab order.
 */
function usePanelPosition(open: boolean, anchorRef: RefObject<HTMLElement | null>): CSSProperties {
  const [style, setStyle] = useState<CSSProperties>({});
  useLayoutEffect(() => {
    const anchor = anchorRef.current;
    if (!open || !anchor) return;
    const place = () => {
      const r = anchor.getBoundingClientRect();
      const left = Math.max(8, Math.min(r.left, window.innerWidth - 296));
      setStyle({ top: r.bottom + 4, left });
    };
    place();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [open, anchorRef]);
  return style;
}

export function ColumnFilterMenu(props: ColumnFilterMenuProps) {
  const { field, label, selected, counts, countsError, onChange, onOpenChange } = props;
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const d = useDisclosure(
    rootRef,
    buttonRef,
    onOpenChange && ((open: boolean) => onOpenChange(field, open)),
  );
  const style = usePanelPosition(d.open, buttonRef);
  const options = filterEnums[field];

  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...selected, value] : selected.filter((v) => v !== value);
    // Keep the enum's order, so the URL is the same whatever order values were ticked in.
    onChange(
      field,
      (options.values as readonly string[]).filter((v) => next.includes(v)),
    );
  };

  return (
    <div className="case-filter" ref={rootRef}>
      <button
        type="button"
        ref={buttonRef}
        className="case-filter-button"
        data-active={selected.length > 0 || undefined}
        aria-label={`Filter ${label}${selected.length ? `, ${selected.length} selected` : ''}`}
        onClick={d.toggle}
        {...d.buttonProps}
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
          <path d="M2 3h12l-4.5 5.5V13l-3 1.5V8.5z" fill="currentColor" />
        </svg>
        {selected.length > 0 && <span aria-hidden="true">{selected.length}</span>}
      </button>
      {d.open && (
        <div id={d.panelId} className="case-popover case-filter-panel" style={style}>
          <fieldset>
            <legend>Filter {label}</legend>
            {options.values.map((value) => {
              const text = (options.labels as Record<string, string>)[value] ?? value;
              const count = counts && formatNumber(counts[value] ?? 0);
              return (
                <label key={value} className="case-filter-option">
                  <input
                    type="checkbox"
                    // Spelled out: "New, 1,234 reports" (the visible label comes first).
                    aria-label={count === undefined ? text : `${text}, ${count} reports`}
                    checked={selected.includes(value)}
                    onChange={(e) => toggle(value, e.target.checked)}
                  />
                  <span className="case-filter-label">{text}</span>
                  {count !== undefined && (
                    <span className="case-filter-count" aria-hidden="true">
                      {count}
                    </span>
                  )}
                </label>
              );
            })}
          </fieldset>
          {counts === undefined &&
            (countsError ? (
              <p className="case-muted">Counts are not available. {countsError}</p>
            ) : (
              <p className="case-muted">Counting reports…</p>
            ))}
          <button type="button" onClick={() => onChange(field, [])} disabled={!selected.length}>
            Clear {label} filter
          </button>
        </div>
      )}
    </div>
  );
}

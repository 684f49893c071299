import { useRef, useState } from 'react';
import { caseColumn, type CaseColumnId } from '../lib/case-columns.ts';
import {
  clampWidth,
  defaultColumnPrefs,
  moveColumn,
  setColumnVisible,
  setColumnWidth,
  visibleColumnIds,
  type ColumnPrefs,
} from '../lib/column-prefs.ts';
import { useDisclosure } from './use-disclosure.ts';

export interface ColumnsMenuProps {
  prefs: ColumnPrefs;
  onChange: (prefs: ColumnPrefs) => void;
}

/**
 * Width as a number input: the keyboard way to resize (the drag handle is for pointers).
 * A value is committed as soon as it is in range, so arrow keys resize live, and clamped
 * when the field is left, so typing "1" on the way to "180" does not snap to the minimum.
 */
function WidthInput({
  id,
  prefs,
  onChange,
}: {
  id: CaseColumnId;
  prefs: ColumnPrefs;
  onChange: (p: ColumnPrefs) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const { min, max } = caseColumn(id).width;
  const commit = (text: string, clamp: boolean) => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) return;
    if (clamp || clampWidth(id, n) === n) onChange(setColumnWidth(prefs, id, n));
  };
  return (
    <input
      type="number"
      className="case-width-input"
      aria-label={`${caseColumn(id).header} width in pixels`}
      min={min}
      max={max}
      step={10}
      value={draft ?? String(prefs.widths[id])}
      onChange={(e) => {
        setDraft(e.target.value);
        commit(e.target.value, false);
      }}
      onBlur={() => {
        if (draft !== null) commit(draft, true);
        setDraft(null);
      }}
    />
  );
}

export function ColumnsMenu({ prefs, onChange }: ColumnsMenuProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const d = useDisclosure(rootRef, buttonRef);
  const visible = visibleColumnIds(prefs);

  return (
    <div className="case-columns-menu" ref={rootRef}>
      <button type="button" ref={buttonRef} onClick={d.toggle} {...d.buttonProps}>
        Columns
      </button>
      {d.open && (
        <div id={d.panelId} className="case-popover case-columns-panel">
          <ul aria-label="Columns">
            {prefs.order.map((id) => {
              const header = caseColumn(id).header;
              const at = visible.indexOf(id);
              return (
                <li key={id} className="case-columns-row">
                  <label>
                    <input
                      type="checkbox"
                      checked={prefs.visibility[id]}
                      disabled={at !== -1 && visible.length === 1}
                      onChange={(e) => onChange(setColumnVisible(prefs, id, e.target.checked))}
                    />
                    {header}
                  </label>
                  <button
                    type="button"
                    aria-label={`Move ${header} left`}
                    // aria-disabled, not disabled: focus stays on the button at the end of the row.
                    aria-disabled={at <= 0}
                    onClick={() => at > 0 && onChange(moveColumn(prefs, id, -1))}
                  >
                    ←
                  </button>
                  <button
                    type="button"
                    aria-label={`Move ${header} right`}
                    aria-disabled={at === -1 || at === visible.length - 1}
                    onClick={() =>
                      at !== -1 && at < visible.length - 1 && onChange(moveColumn(prefs, id, 1))
                    }
                  >
                    →
                  </button>
                  <WidthInput id={id} prefs={prefs} onChange={onChange} />
                </li>
              );
            })}
          </ul>
          <button type="button" onClick={() => onChange(defaultColumnPrefs())}>
            Reset columns
          </button>
        </div>
      )}
    </div>
  );
}

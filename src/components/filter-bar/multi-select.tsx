import { useId, useState } from 'react';
import { useDisclosure } from './use-disclosure.ts';

export interface Option {
  value: string;
  label: string;
}

interface MultiSelectProps {
  /** The field's name, e.g. "Urgency"; the button reads "Urgency (2)" when two are chosen. */
  label: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  /** Long lists (countries) get a box to narrow them. */
  searchable?: boolean;
}

/** A disclosure button opening a group of labelled checkboxes. */
export function MultiSelect({
  label,
  options,
  selected,
  onChange,
  searchable = false,
}: MultiSelectProps) {
  const { open, buttonProps, containerProps, panelProps } = useDisclosure();
  const [find, setFind] = useState('');
  const findId = useId();
  const needle = find.trim().toLowerCase();
  const shown = needle ? options.filter((o) => o.label.toLowerCase().includes(needle)) : options;

  const toggle = (value: string, checked: boolean) => {
    // Keep the options' display order in the URL, whatever order they were ticked in.
    const next = new Set(selected);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(options.filter((o) => next.has(o.value)).map((o) => o.value));
  };

  return (
    <div className="disclosure" {...containerProps}>
      <button
        {...buttonProps}
        className="disclosure-button"
        data-active={selected.length > 0 || undefined}
      >
        {label}
        {selected.length > 0 ? ` (${selected.length})` : ''}
        <span className="disclosure-caret" aria-hidden="true" />
      </button>
      {open && (
        <div {...panelProps} className="disclosure-panel" role="group" aria-label={label}>
          {searchable && (
            <div className="disclosure-find">
              <label htmlFor={findId}>Find {label.toLowerCase()}</label>
              <input
                id={findId}
                type="search"
                value={find}
                autoComplete="off"
                onChange={(e) => setFind(e.target.value)}
              />
            </div>
          )}
          <ul className="checkbox-list">
            {shown.map((option) => (
              <li key={option.value}>
                <label>
                  <input
                    type="checkbox"
                    checked={selected.includes(option.value)}
                    onChange={(e) => toggle(option.value, e.target.checked)}
                  />
                  {option.label}
                </label>
              </li>
            ))}
            {shown.length === 0 && <li className="checkbox-list-empty">No match for “{find}”.</li>}
          </ul>
        </div>
      )}
    </div>
  );
}

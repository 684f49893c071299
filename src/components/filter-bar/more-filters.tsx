import { useId, useState } from 'react';
import type { Metadata } from '../../api/contract/session-schemas.ts';
import { enumFields } from '../../filters/filter-fields.ts';
import type { FilterState } from '../../filters/filter-state.ts';
import { useFilters } from '../../filters/use-filters.ts';
import { MultiSelect } from './multi-select.tsx';
import { useDisclosure } from './use-disclosure.ts';

const secondary = enumFields.filter((f) => !f.primary);

/** How many of the filters behind "More filters" are set: the button's "(n)". */
export function moreFiltersActive(filters: FilterState): number {
  return (
    secondary.reduce((n, f) => n + (filters[f.name]?.length ?? 0), 0) +
    (filters.tag?.length ?? 0) +
    (filters.hasCoordinates === undefined ? 0 : 1)
  );
}

/** The filters used less often, behind one button so the bar stays one or two lines. */
export function MoreFilters({ metadata }: { metadata: Metadata }) {
  const { filters, setFilters } = useFilters();
  const { open, buttonProps, containerProps, panelProps } = useDisclosure();
  const id = useId();
  const [tag, setTag] = useState('');
  const active = moreFiltersActive(filters);

  const addTag = () => {
    const value = tag.trim();
    if (value && value.length <= 50 && !filters.tag?.includes(value)) {
      setFilters({ tag: [...(filters.tag ?? []), value] });
    }
    setTag('');
  };

  return (
    <div className="disclosure" {...containerProps}>
      <button {...buttonProps} className="disclosure-button" data-active={active > 0 || undefined}>
        More filters{active > 0 ? ` (${active})` : ''}
        <span className="disclosure-caret" aria-hidden="true" />
      </button>
      {open && (
        <div
          {...panelProps}
          className="disclosure-panel more-filters"
          role="group"
          aria-label="More filters"
        >
          {secondary.map((field) => (
            <MultiSelect
              key={field.name}
              label={field.label}
              options={metadata.enums[field.name] ?? []}
              selected={filters[field.name] ?? []}
              onChange={(next) => setFilters({ [field.name]: next })}
            />
          ))}
          <div className="field">
            <label htmlFor={`${id}-coords`}>Coordinates</label>
            <select
              id={`${id}-coords`}
              value={filters.hasCoordinates === undefined ? '' : String(filters.hasCoordinates)}
              onChange={(e) =>
                setFilters({
                  hasCoordinates: e.target.value === '' ? undefined : e.target.value === 'true',
                })
              }
            >
              <option value="">With or without</option>
              <option value="true">Only with coordinates</option>
              <option value="false">Only without coordinates</option>
            </select>
          </div>
          <form
            className="field tag-field"
            onSubmit={(e) => {
              e.preventDefault();
              addTag();
            }}
          >
            <label htmlFor={`${id}-tag`}>Tag</label>
            <input
              id={`${id}-tag`}
              value={tag}
              maxLength={50}
              onChange={(e) => setTag(e.target.value)}
            />
            <button type="submit">Add tag</button>
          </form>
        </div>
      )}
    </div>
  );
}

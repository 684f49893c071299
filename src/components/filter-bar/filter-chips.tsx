import { useLayoutEffect, useRef } from 'react';
import type { Metadata } from '../../api/contract/session-schemas.ts';
import { filterEnumNames } from '../../api/contract/enums.ts';
import { DEFAULT_RANGE, rangeLabels } from '../../filters/date-range.ts';
import { filterLabel } from '../../filters/filter-fields.ts';
import type { FilterPatch, FilterState } from '../../filters/filter-state.ts';
import { useFilters } from '../../filters/use-filters.ts';
import { formatDay } from '../../lib/dates.ts';

interface Chip {
  key: string;
  text: string;
  remove: FilterPatch;
}

function valueLabel(metadata: Metadata | undefined, field: string, value: string): string {
  if (field === 'country') return metadata?.countries.find((c) => c.code === value)?.name ?? value;
  if (field === 'region') return metadata?.regions.find((r) => r.code === value)?.name ?? value;
  const options = metadata?.enums[field as keyof Metadata['enums']];
  return options?.find((o) => o.value === value)?.label ?? value;
}

/** Every active filter as one chip; pure so the order and wording are easy to check. */
export function activeFilterChips(state: FilterState, metadata: Metadata | undefined): Chip[] {
  const chips: Chip[] = [];
  if (state.range !== DEFAULT_RANGE) {
    const days =
      state.range === 'custom'
        ? `${state.from ? formatDay(state.from) : 'the start'} – ${state.to ? formatDay(state.to) : 'today'}`
        : rangeLabels[state.range];
    chips.push({
      key: 'range',
      text: `${filterLabel('range')}: ${days}`,
      remove: { range: DEFAULT_RANGE },
    });
  }
  for (const field of [...filterEnumNames, 'country', 'region', 'tag'] as const) {
    const values: readonly string[] = state[field] ?? [];
    for (const value of values) {
      chips.push({
        key: `${field}:${value}`,
        text: `${filterLabel(field)}: ${field === 'tag' ? value : valueLabel(metadata, field, value)}`,
        remove: { [field]: values.filter((v) => v !== value) },
      });
    }
  }
  if (state.q)
    chips.push({ key: 'q', text: `${filterLabel('q')}: “${state.q}”`, remove: { q: undefined } });
  if (state.bbox)
    chips.push({
      key: 'bbox',
      text: `${filterLabel('bbox')}: selected on the map`,
      remove: { bbox: undefined },
    });
  if (state.hasCoordinates !== undefined) {
    const text = state.hasCoordinates ? 'only with coordinates' : 'only without coordinates';
    chips.push({
      key: 'hasCoordinates',
      text: `${filterLabel('hasCoordinates')}: ${text}`,
      remove: { hasCoordinates: undefined },
    });
  }
  return chips;
}

/** Active filters as removable chips. Filter text from the URL is only ever React text. */
export function FilterChips({ metadata }: { metadata: Metadata | undefined }) {
  const { filters, setFilters } = useFilters();
  const chips = activeFilterChips(filters, metadata);
  const listRef = useRef<HTMLUListElement>(null);
  // The removed chip's button disappears with it; keep keyboard focus in the list. Wait for
  // the render without the removed chip: another render can come first (the URL is written
  // a moment after the click when anything delays the navigation).
  const focusAfterRemoval = useRef<{ index: number; key: string } | null>(null);

  useLayoutEffect(() => {
    const pending = focusAfterRemoval.current;
    if (pending === null || chips.some((chip) => chip.key === pending.key)) return;
    const { index } = pending;
    focusAfterRemoval.current = null;
    const buttons = listRef.current?.querySelectorAll('button');
    const target = buttons?.[Math.min(index, buttons.length - 1)];
    if (target) target.focus();
    else document.getElementById('filter-bar')?.focus();
  });

  if (chips.length === 0) return null;
  return (
    <ul className="chips" aria-label="Active filters" ref={listRef}>
      {chips.map((chip, index) => (
        <li key={chip.key}>
          <button
            type="button"
            className="chip"
            aria-label={`Remove filter ${chip.text}`}
            onClick={() => {
              focusAfterRemoval.current = { index, key: chip.key };
              setFilters(chip.remove);
            }}
          >
            {chip.text}
            <span aria-hidden="true"> ×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

import { useMetadata } from '../../api/session/me-query.ts';
import { enumFields } from '../../filters/filter-fields.ts';
import { countActiveFilters, type FilterState } from '../../filters/filter-state.ts';
import { useFilters } from '../../filters/use-filters.ts';
import { QueryState } from '../query-state.tsx';
import { DateRangePicker } from './date-range-picker.tsx';
import { FilterChips } from './filter-chips.tsx';
import { FilterNotices } from './filter-notices.tsx';
import { MoreFilters, moreFiltersActive } from './more-filters.tsx';
import { MultiSelect } from './multi-select.tsx';
import { SearchInput } from './search-input.tsx';

const primary = enumFields.filter((f) => f.primary);

/**
 * The pickers' buttons as they will read, disabled, while `/metadata` loads: the bar has its
 * loaded height from the first paint, instead of growing a line under the page's heading
 * when the answer comes (on a phone the buttons wrap onto more lines than the loading line).
 */
function PickersLoading({ filters }: { filters: FilterState }) {
  const buttons: [label: string, chosen: number][] = [
    ...primary.map((f): [string, number] => [f.label, filters[f.name]?.length ?? 0]),
    ['Country', filters.country?.length ?? 0],
    ['Region', filters.region?.length ?? 0],
    ['More filters', moreFiltersActive(filters)],
  ];
  return (
    <div className="filter-pickers" aria-hidden="true">
      {buttons.map(([label, chosen]) => (
        <div key={label} className="disclosure">
          <button
            type="button"
            className="disclosure-button"
            data-active={chosen > 0 || undefined}
            disabled
          >
            {label}
            {chosen > 0 ? ` (${chosen})` : ''}
            <span className="disclosure-caret" />
          </button>
        </div>
      ))}
    </div>
  );
}

/**
 * The one filter bar, the same on every page. Dates and search work at once; the pickers
 * wait for `/metadata`, which holds every label and the places the caller may see.
 */
export function FilterBar() {
  const { filters, setFilters, clearFilters } = useFilters();
  const metadata = useMetadata();
  const active = countActiveFilters(filters);

  return (
    // tabIndex -1: focus lands here when the control that had it goes away (last chip, Clear all).
    <section className="filter-bar" aria-label="Filters" id="filter-bar" tabIndex={-1}>
      <div className="filter-row">
        <DateRangePicker />
        <QueryState
          query={metadata}
          label="the filter options"
          loading={<PickersLoading filters={filters} />}
        >
          {(meta) => (
            <div className="filter-pickers">
              {primary.map((field) => (
                <MultiSelect
                  key={field.name}
                  label={field.label}
                  options={meta.enums[field.name] ?? []}
                  selected={filters[field.name] ?? []}
                  onChange={(next) => setFilters({ [field.name]: next })}
                />
              ))}
              <MultiSelect
                label="Country"
                searchable
                options={meta.countries.map((c) => ({ value: c.code, label: c.name }))}
                selected={filters.country ?? []}
                onChange={(next) => setFilters({ country: next })}
              />
              <MultiSelect
                label="Region"
                searchable
                options={meta.regions.map((r) => ({ value: r.code, label: r.name }))}
                selected={filters.region ?? []}
                onChange={(next) => setFilters({ region: next })}
              />
              <MoreFilters metadata={meta} />
            </div>
          )}
        </QueryState>
        <SearchInput />
        <button
          type="button"
          className="clear-all"
          disabled={active === 0}
          onClick={() => {
            clearFilters();
            document.getElementById('filter-bar')?.focus();
          }}
        >
          Clear all
        </button>
      </div>
      <FilterChips metadata={metadata.data} />
      <FilterNotices />
    </section>
  );
}

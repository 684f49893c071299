import { useId } from 'react';
import { isRangePreset, rangeLabels, rangePresets } from '../../filters/date-range.ts';
import { useFilters } from '../../filters/use-filters.ts';

/** The date preset, and for "Custom dates" a first and last day (both included). */
export function DateRangePicker() {
  const { filters, apiFilters, setFilters } = useFilters();
  const id = useId();

  const choose = (value: string) => {
    if (!isRangePreset(value)) return;
    // Switching to custom starts from the days the previous preset covered, not from nothing.
    if (value === 'custom')
      setFilters({ range: 'custom', from: apiFilters.from, to: apiFilters.to });
    else setFilters({ range: value });
  };

  return (
    <div className="date-range">
      <div className="field">
        <label htmlFor={`${id}-range`}>Dates</label>
        <select id={`${id}-range`} value={filters.range} onChange={(e) => choose(e.target.value)}>
          {rangePresets.map((preset) => (
            <option key={preset} value={preset}>
              {rangeLabels[preset]}
            </option>
          ))}
        </select>
      </div>
      {filters.range === 'custom' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-from`}>From</label>
            <input
              id={`${id}-from`}
              type="date"
              value={filters.from ?? ''}
              max={filters.to}
              onChange={(e) => setFilters({ range: 'custom', from: e.target.value || undefined })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>To</label>
            <input
              id={`${id}-to`}
              type="date"
              value={filters.to ?? ''}
              min={filters.from}
              onChange={(e) => setFilters({ range: 'custom', to: e.target.value || undefined })}
            />
          </div>
        </>
      )}
    </div>
  );
}

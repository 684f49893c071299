import { useId } from 'react';
import type { Interval } from '../../../api/contract/aggregate-terms.ts';
import type { TrendChartType } from '../lib/trend-legend.ts';
import { intervalLabels } from '../lib/trend-text.ts';
import {
  splitDimensions,
  splitLabels,
  type SplitDimension,
  type TrendViewOptions,
} from '../lib/trend-view-options.ts';

/**
 * The trend chart's options: split, chart type, interval, comparison. Controlled by the
 * URL (`split`, `chart`, `interval`, `compare`): `onChange` gets a partial of the options
 * and the view writes it with `setViewParams`.
 */

export interface TrendControlsProps {
  options: TrendViewOptions;
  /** What the chart uses: the override when it fits, else `auto`. */
  interval: Interval;
  auto: Interval;
  allowed: readonly Interval[];
  /** False for "all time": there is no earlier period. */
  canCompare: boolean;
  onChange: (patch: Partial<TrendViewOptions>) => void;
}

const chartTypes: { value: TrendChartType; label: string }[] = [
  { value: 'area', label: 'Stacked areas' },
  { value: 'bar', label: 'Stacked bars' },
  { value: 'line', label: 'Lines' },
];

const isSplit = (v: string): v is SplitDimension =>
  (splitDimensions as readonly string[]).includes(v);

export function TrendControls(p: TrendControlsProps) {
  const id = useId();
  const override = p.options.interval;
  const ignored = override !== null && override !== p.interval;
  return (
    <form
      className="trends-controls"
      aria-label="Chart options"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor={`${id}-split`}>Split by</label>
        <select
          id={`${id}-split`}
          value={p.options.split ?? ''}
          onChange={(e) => p.onChange({ split: isSplit(e.target.value) ? e.target.value : null })}
        >
          <option value="">Nothing: all reports</option>
          {splitDimensions.map((d) => (
            <option key={d} value={d}>
              {splitLabels[d]}
              {d === 'country' ? ' (top 10)' : ''}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="trends-radios">
        <legend>Chart type</legend>
        {chartTypes.map((t) => (
          <label key={t.value}>
            <input
              type="radio"
              name={`${id}-chart`}
              value={t.value}
              checked={p.options.chart === t.value}
              onChange={() => p.onChange({ chart: t.value })}
            />{' '}
            {t.label}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-interval`}>Interval</label>
        <select
          id={`${id}-interval`}
          value={ignored ? 'auto' : (override ?? 'auto')}
          aria-describedby={ignored ? `${id}-interval-note` : undefined}
          onChange={(e) => {
            const v = e.target.value;
            p.onChange({ interval: p.allowed.find((i) => i === v) ?? null });
          }}
        >
          <option value="auto">Automatic ({intervalLabels[p.auto].toLowerCase()})</option>
          {p.allowed.map((i) => (
            <option key={i} value={i}>
              {intervalLabels[i]}
            </option>
          ))}
        </select>
        {ignored ? (
          <p id={`${id}-interval-note`} className="trends-hint">
            {intervalLabels[override]} would be too many or too few for these dates at this width.
          </p>
        ) : null}
      </div>
      <div className="field field-inline trends-compare">
        <input
          id={`${id}-compare`}
          type="checkbox"
          checked={p.options.compare && p.canCompare}
          disabled={!p.canCompare}
          aria-describedby={p.canCompare ? undefined : `${id}-compare-note`}
          onChange={(e) => p.onChange({ compare: e.target.checked })}
        />
        <label htmlFor={`${id}-compare`}>Compare with the previous period</label>
        {p.canCompare ? null : (
          <p id={`${id}-compare-note`} className="trends-hint">
            All time has no earlier period.
          </p>
        )}
      </div>
    </form>
  );
}

import { memo, useId } from 'react';
import { changeDirection, describeChange, type Change } from '../lib/change.ts';
import { Sparkline } from './sparkline.tsx';
import { VisuallyHidden } from './visually-hidden.tsx';

/**
 * One headline figure of the overview: its label, value, change against the previous
 * period in words ("up 12% on the previous 30 days"), and a decorative sparkline.
 *
 * Wiring: spread a `HeadlineFigureModel` from `headlineFigures(...)` and add `periodDays`
 * (`dayCount(from, to)`) and the sparkline values (`seriesValues`, `shareSeries`).
 * Up is not "good" here (more reports may mean more awareness), so the arrow is neutral.
 */

export interface HeadlineFigureProps {
  label: string;
  /**
   * As shown: "1,234", "<11", "31%", "Social media". Null while the answers load: the card
   * is drawn with blanks of the same size, which the figure then fills in place.
   */
  value: string | null;
  /** As spoken, when it differs from the shown value ("between 25% and 31%"). */
  spokenValue?: string;
  /** Against the previous period; `'blank'` holds its line's place while loading. */
  change?: Change | 'blank' | null;
  /** Length of the period, for "on the previous 30 days". */
  periodDays: number;
  sparkline?: readonly (number | null)[];
}

const arrows = { up: '▲', down: '▼', same: '▶', none: '' } as const;

/** Memoised: the overview re-renders for each answer; a figure only when it changed. */
export const HeadlineFigure = memo(function HeadlineFigure({
  label,
  value,
  spokenValue,
  change,
  periodDays,
  sparkline,
}: HeadlineFigureProps) {
  const labelId = useId();
  const spoken = spokenValue && spokenValue !== value ? spokenValue : null;
  const blank = value === null;
  const direction = change && change !== 'blank' ? changeDirection(change) : 'none';
  return (
    <div role="group" aria-labelledby={labelId} className="trends-headline">
      <p id={labelId} className="trends-headline-label">
        {label}
      </p>
      <p
        className={blank ? 'trends-headline-value trends-headline-blank' : 'trends-headline-value'}
      >
        {blank ? (
          '\u00a0'
        ) : spoken ? (
          <>
            <span aria-hidden="true">{value}</span>
            <VisuallyHidden>{spoken}</VisuallyHidden>
          </>
        ) : (
          value
        )}
      </p>
      {change === 'blank' ? (
        <p className="trends-headline-change trends-headline-blank">{'\u00a0'}</p>
      ) : change ? (
        <p className="trends-headline-change" data-direction={direction}>
          {arrows[direction] ? <span aria-hidden="true">{arrows[direction]} </span> : null}
          {describeChange(change, periodDays)}
        </p>
      ) : null}
      {/* Blank: an empty sparkline of the same size, which the answer's line then fills. */}
      {blank ? (
        <Sparkline values={[]} />
      ) : sparkline && sparkline.length > 1 ? (
        <Sparkline values={sparkline} />
      ) : null}
    </div>
  );
});

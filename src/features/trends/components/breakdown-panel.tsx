import { memo, useMemo } from 'react';
import type { Breakdown } from '../../../api/contract/aggregate-schemas.ts';
import type { Dimension } from '../../../api/contract/aggregate-terms.ts';
import { OTHER_KEY } from '../../../api/contract/aggregate-terms.ts';
import { breakdownTable } from '../lib/chart-table.ts';
import { BreakdownBars } from './breakdown-bars.tsx';
import { ChartFrame } from './chart-frame.tsx';
import { useElementWidth } from './use-element-width.ts';

/**
 * A breakdown chart in its frame. The table's row headers are buttons that filter by the
 * value, the keyboard route to what clicking a bar does.
 *
 * Wiring (phase 2): `breakdown` from `breakdownQueryOptions({ dimension, filters })`;
 * `onSelectValue(dimension, key)` adds the value to that dimension's filter in the URL.
 * Without `width` the chart takes its container's width.
 */

/** Where there is no layout to measure (tests): a half-width panel. */
const FALLBACK_WIDTH = 480;

export interface BreakdownPanelProps {
  title: string;
  description: string;
  /** Heading of the value column, e.g. "Platform". */
  dimensionLabel: string;
  breakdown: Breakdown;
  k: number;
  headingLevel?: 2 | 3 | 4;
  onSelectValue?: (dimension: Dimension, key: string) => void;
  width?: number;
}

/** Memoised: in a grid of nine charts, only the one whose data changed redraws. */
export const BreakdownPanel = memo(function BreakdownPanel(props: BreakdownPanelProps) {
  const { breakdown, onSelectValue } = props;
  const [measureRef, measured] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH);
  const width = props.width ?? measured;
  const dimension = breakdown.dimension;
  const select = useMemo(
    () => (onSelectValue ? (key: string) => onSelectValue(dimension, key) : undefined),
    [onSelectValue, dimension],
  );
  const table = () =>
    breakdownTable(breakdown, {
      caption: props.title,
      dimensionLabel: props.dimensionLabel,
      k: props.k,
    });
  return (
    <ChartFrame
      title={props.title}
      description={props.description}
      table={table}
      headingLevel={props.headingLevel}
      onSelectRow={select}
      isRowSelectable={(key) => key !== OTHER_KEY}
    >
      <div ref={measureRef} className="trends-chart-box">
        {width === null ? null : (
          <BreakdownBars
            breakdown={breakdown}
            k={props.k}
            title={props.title}
            description={props.description}
            onSelectValue={select}
            width={width}
          />
        )}
      </div>
    </ChartFrame>
  );
});

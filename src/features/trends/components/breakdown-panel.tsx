import type { Breakdown, Dimension } from '../../../api/contract/aggregate-schemas.ts';
import { OTHER_KEY } from '../../../api/contract/aggregate-schemas.ts';
import { breakdownTable } from '../lib/chart-table.ts';
import { BreakdownBars } from './breakdown-bars.tsx';
import { ChartFrame } from './chart-frame.tsx';

/**
 * A breakdown chart in its frame. The table's row headers are buttons that filter by the
 * value, the keyboard route to what clicking a bar does.
 *
 * Wiring (phase 2): `breakdown` from `breakdownQueryOptions({ dimension, filters })`;
 * `onSelectValue(dimension, key)` adds the value to that dimension's filter in the URL.
 */

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

export function BreakdownPanel(props: BreakdownPanelProps) {
  const { breakdown, onSelectValue } = props;
  const select = onSelectValue
    ? (key: string) => onSelectValue(breakdown.dimension, key)
    : undefined;
  const table = breakdownTable(breakdown, {
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
      <BreakdownBars
        breakdown={breakdown}
        k={props.k}
        title={props.title}
        description={props.description}
        onSelectValue={select}
        width={props.width}
      />
    </ChartFrame>
  );
}

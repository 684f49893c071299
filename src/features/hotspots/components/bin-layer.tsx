import { useMemo } from 'react';
import type { Bbox } from '../../../api/contract/filter-params.ts';
import { useLatestCallback } from '../../../lib/use-latest-callback.ts';
import { areaHandlers } from '../lib/area-handlers.ts';
import { cellAreaId, cellBbox, cellLabel } from '../lib/area-rows.ts';
import { binRadius, maxVisibleCount } from '../lib/bin-size.ts';
import type { CountScale } from '../lib/count-scale.ts';
import { countPhrase, disclosed } from '../lib/disclosure.ts';
import type { Disclosure, GridCell } from '../lib/map-types.ts';
import { copyOffsets } from '../lib/world-copies.ts';
import { AreaCircle } from './country-path.tsx';

/** Past this many, "<k" labels on every suppressed bin would bury the map: tooltips only. */
const MAX_SUPPRESSED_LABELS = 150;

export interface BinLayerProps {
  /** Already limited to the viewer's scope. */
  cells: readonly GridCell[];
  cellSize: number;
  scale: CountScale;
  disclosure: Disclosure;
  lonRange: readonly [number, number];
  highlight: string | null;
  onSelectCell(bbox: Bbox): void;
  onHighlight(id: string | null): void;
}

/**
 * Hotspot bins: a circle per grid cell, sized (area ∝ count) and coloured by class. A
 * suppressed cell is one fixed small size, grey, labelled "<k": nothing about it depends on
 * how many reports it holds.
 */
export function BinLayer(props: BinLayerProps) {
  const { cells, cellSize, scale, disclosure, lonRange, highlight } = props;
  // Each bin keeps its handlers while the cell size does (see areaHandlers), so its circle
  // (memoised) is not unbound and bound again at every redraw; a zoom to another size
  // starts afresh and lets the old ones go.
  const onSelectCell = useLatestCallback(props.onSelectCell);
  const onHighlight = useLatestCallback(props.onHighlight);
  const grid = useMemo(() => ({ cellSize, onSelectCell }), [cellSize, onSelectCell]);
  const max = maxVisibleCount(
    cells.map((c) => c.count),
    disclosure,
  );
  const suppressedCount = cells.filter((c) => disclosed(c.count, disclosure).count === null).length;
  const labelSuppressed = suppressedCount <= MAX_SUPPRESSED_LABELS;
  return cells.flatMap((cell) => {
    const radius = binRadius(cell.count, max, disclosure);
    if (radius === 0) return [];
    const cls = scale.classify(cell.count);
    const id = cellAreaId(cell);
    const offsets = copyOffsets(cell.west, cell.west + cellSize, lonRange[0], lonRange[1]);
    return offsets.map((offset, i) => (
      <AreaCircle
        key={`${id}:${offset}`}
        areaId={id}
        center={[cell.south + cellSize / 2, cell.west + cellSize / 2 + offset]}
        radius={radius}
        className={`hs-bin ${cls.className}`}
        highlighted={i === 0 && highlight === id}
        tooltip={`${cellLabel(cell, cellSize)}: ${countPhrase(cell.count, disclosure)}`}
        label={cls.kind === 'suppressed' && labelSuppressed ? `<${disclosure.k}` : undefined}
        {...areaHandlers(grid, id, () => ({
          onSelect: () => onSelectCell(cellBbox(cell, cellSize)),
          onHover: (on) => onHighlight(on ? id : null),
        }))}
      />
    ));
  });
}

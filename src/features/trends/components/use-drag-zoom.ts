import { useRef, useState } from 'react';
import type { IsoDay } from '../../../lib/dates.ts';
import type { ChartRow } from '../lib/series-rows.ts';
import { zoomRange } from '../lib/zoom.ts';

/**
 * Drag-to-zoom on a trend chart, whatever draws it: the chart reports the bucket (its
 * `start`) under the pointer. Pressing marks a bucket, moving grows the selection (drawn
 * from `selection.from` to `selection.to`), releasing reports the days. A drag that ends on
 * a series also "clicks" it; `consumeClick` lets that click be ignored so a zoom does not
 * also filter. `handlers` is null when the chart cannot zoom.
 */
export function useDragZoom(
  rows: readonly ChartRow[],
  onZoom?: (fromDay: IsoDay, toDay: IsoDay) => void,
) {
  const [drag, setDrag] = useState<{ from: string; to: string } | null>(null);
  const zoomed = useRef(false);

  const handlers = onZoom
    ? {
        down: (at: string | null) => {
          zoomed.current = false;
          if (at !== null) setDrag({ from: at, to: at });
        },
        move: (at: string | null) => {
          if (drag && at !== null && at !== drag.to) setDrag({ from: drag.from, to: at });
        },
        up: () => {
          if (!drag) return;
          setDrag(null);
          const range = zoomRange(rows, drag.from, drag.to);
          if (range) {
            zoomed.current = true;
            onZoom(range.from, range.to);
          }
        },
        leave: () => setDrag(null),
      }
    : null;

  const consumeClick = () => {
    const was = zoomed.current;
    zoomed.current = false;
    return was;
  };
  return { selection: drag && drag.from !== drag.to ? drag : null, handlers, consumeClick };
}

import { useRef, useState } from 'react';
import type { MouseHandlerDataParam } from 'recharts';
import type { IsoDay } from '../../../lib/dates.ts';
import type { ChartRow } from '../lib/series-rows.ts';
import { zoomRange } from '../lib/zoom.ts';

/**
 * Drag-to-zoom on a Recharts chart: mouse down marks a bucket, moving draws the selection
 * (a ReferenceArea from `selection.from` to `selection.to`), mouse up reports the days.
 * A drag that ends on a series also "clicks" it; `consumeClick` lets that click be ignored
 * so a zoom does not also filter.
 */
export function useDragZoom(
  rows: readonly ChartRow[],
  onZoom?: (fromDay: IsoDay, toDay: IsoDay) => void,
) {
  const [drag, setDrag] = useState<{ from: string; to: string } | null>(null);
  const zoomed = useRef(false);
  const label = (s: MouseHandlerDataParam) =>
    s.activeLabel === undefined ? null : String(s.activeLabel);

  const handlers = onZoom
    ? {
        onMouseDown: (s: MouseHandlerDataParam) => {
          zoomed.current = false;
          const at = label(s);
          if (at !== null) setDrag({ from: at, to: at });
        },
        onMouseMove: (s: MouseHandlerDataParam) => {
          const at = label(s);
          if (drag && at !== null && at !== drag.to) setDrag({ from: drag.from, to: at });
        },
        onMouseUp: () => {
          if (!drag) return;
          setDrag(null);
          const range = zoomRange(rows, drag.from, drag.to);
          if (range) {
            zoomed.current = true;
            onZoom(range.from, range.to);
          }
        },
        onMouseLeave: () => setDrag(null),
      }
    : {};

  const consumeClick = () => {
    const was = zoomed.current;
    zoomed.current = false;
    return was;
  };
  return { selection: drag && drag.from !== drag.to ? drag : null, handlers, consumeClick };
}

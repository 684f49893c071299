import { useRef } from 'react';
import { DEFAULT_RANGE, rangeLabels } from '../../../filters/date-range.ts';
import type { ZoomHistory } from './use-zoom-history.ts';

/**
 * "Undo zoom" and "Reset range", shown after a drag-zoom while its range is in the URL;
 * otherwise a hint that the chart can be zoomed. The buttons go once used, so focus moves
 * to the group rather than being lost to the page.
 */
export function ZoomControls({ zoom, hint }: { zoom: ZoomHistory; hint: string }) {
  const groupRef = useRef<HTMLDivElement>(null);
  const after = (action: () => void) => () => {
    action();
    groupRef.current?.focus();
  };
  return (
    <div ref={groupRef} className="trends-zoom" tabIndex={-1} role="group" aria-label="Zoom">
      {zoom.zoomed ? (
        <>
          <button type="button" onClick={after(zoom.undo)}>
            Undo zoom
          </button>
          <button type="button" onClick={after(zoom.reset)}>
            Reset range ({rangeLabels[DEFAULT_RANGE].toLowerCase()})
          </button>
        </>
      ) : (
        <p className="trends-hint">{hint}</p>
      )}
    </div>
  );
}

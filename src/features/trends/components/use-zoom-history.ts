import { useState } from 'react';
import { DEFAULT_RANGE } from '../../../filters/date-range.ts';
import type { FilterPatch } from '../../../filters/filter-state.ts';
import { useFilters } from '../../../filters/use-filters.ts';
import type { IsoDay } from '../../../lib/dates.ts';

/**
 * Drag-to-zoom on a trend chart sets the global date range (a history entry, so Back
 * undoes it too), and remembers what it replaced so "Undo zoom" can put it back even after
 * other changes to the URL (a chart option, a second zoom). This is a history of the
 * user's zooms, not a copy of the URL: the URL still says what is shown, and the buttons
 * only show while the URL still holds the range the last zoom set.
 */

interface ZoomStep {
  before: Pick<FilterPatch, 'range' | 'from' | 'to'>;
  after: { from: IsoDay; to: IsoDay };
}

export interface ZoomHistory {
  /** The URL holds the last zoom's range: Undo and Reset apply. */
  zoomed: boolean;
  zoom: (from: IsoDay, to: IsoDay) => void;
  undo: () => void;
  reset: () => void;
}

export function useZoomHistory(): ZoomHistory {
  const { filters, setFilters } = useFilters();
  const [steps, setSteps] = useState<readonly ZoomStep[]>([]);
  const last = steps.at(-1);
  const zoomed =
    last !== undefined &&
    filters.range === 'custom' &&
    filters.from === last.after.from &&
    filters.to === last.after.to;

  return {
    zoomed,
    zoom: (from, to) => {
      const step = {
        before: { range: filters.range, from: filters.from, to: filters.to },
        after: { from, to },
      };
      // Zooming in further stacks; zooming after the range changed otherwise starts afresh.
      setSteps(zoomed ? [...steps, step] : [step]);
      setFilters({ range: 'custom', from, to });
    },
    undo: () => {
      if (!zoomed || !last) return;
      setSteps(steps.slice(0, -1));
      setFilters(last.before);
    },
    reset: () => {
      setSteps([]);
      setFilters({ range: DEFAULT_RANGE });
    },
  };
}

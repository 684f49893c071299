/**
 * A scheduler for React Query's notifications that runs them once per frame, all in one
 * task, just before the browser paints.
 *
 * Why: one filter change sends about a dozen requests whose answers land a few
 * milliseconds apart. With React Query's default scheduler (a `setTimeout` per answer)
 * each answer re-renders the views that asked for it, so the page rendered a dozen times
 * for one change and the main thread never idled. Gathered per frame, the answers that
 * arrived since the last paint render together: the same pixels, a third of the work.
 *
 * A hidden tab gets no frames, so a timer stands in after `fallbackMs`.
 */
export interface FrameSchedulerHost {
  requestFrame: (callback: () => void) => void;
  setTimer: (callback: () => void, ms: number) => void;
}

const browserHost = (): FrameSchedulerHost => ({
  requestFrame: (callback) => window.requestAnimationFrame(() => callback()),
  setTimer: (callback, ms) => window.setTimeout(callback, ms),
});

export function createFrameScheduler(
  host: FrameSchedulerHost = browserHost(),
  fallbackMs = 100,
): (callback: () => void) => void {
  let pending: (() => void)[] = [];
  let flushId = 0;

  const flush = (id: number) => {
    // The frame and the timer race; whichever comes second finds nothing left to run.
    if (id !== flushId) return;
    flushId++;
    const run = pending;
    pending = [];
    for (const callback of run) callback();
  };

  return (callback) => {
    pending.push(callback);
    if (pending.length > 1) return;
    const id = flushId;
    host.requestFrame(() => flush(id));
    host.setTimer(() => flush(id), fallbackMs);
  };
}

/**
 * A scheduler for React Query's notifications that runs every notification asked for in one
 * task together, in the next task.
 *
 * Why: the answers of one batch (see batch-transport.ts) settle a dozen queries within one
 * task, each in its own microtask. React Query's default scheduler gives each its own
 * `setTimeout`, so the page rendered a dozen times in a row for one filter change. Gathered,
 * they render once. (A per-frame scheduler did the same, but waited up to a frame first.)
 */
export function createNotifyBatcher(
  setTimer: (callback: () => void) => void = (callback) => setTimeout(callback, 0),
): (callback: () => void) => void {
  let pending: (() => void)[] = [];
  const flush = () => {
    const run = pending;
    pending = [];
    for (const callback of run) callback();
  };
  return (callback) => {
    pending.push(callback);
    if (pending.length === 1) setTimer(flush);
  };
}

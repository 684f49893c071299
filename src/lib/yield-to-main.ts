/**
 * Work split into tasks. The main thread also handles the user's input and the page's
 * painting, so long work (building the map's shapes, say) yields between short slices
 * instead of running as one long task.
 */

interface YieldingScheduler {
  yield?: () => Promise<void>;
}

/** Ends the current task: resolves in a new one, after pending input and paint. */
export function yieldToMain(): Promise<void> {
  // `scheduler.yield()` (Chromium) resumes ahead of other queued tasks; elsewhere a timer.
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** About half of the 50 ms after which a task counts as long. */
const SLICE_MS = 8;

/** `items.map(fn)`, yielding to the main thread whenever a slice has run for `SLICE_MS`. */
export async function mapInSlices<T, U>(items: readonly T[], fn: (item: T) => U): Promise<U[]> {
  const out: U[] = [];
  let sliceStart = performance.now();
  for (const item of items) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
    out.push(fn(item));
  }
  return out;
}

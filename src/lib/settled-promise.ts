/**
 * Marks a promise with how it settled (`status`, `value`, `reason`), the fields React's `use`
 * reads before suspending. A component that reads an already-settled promise this way renders
 * at once. Without them `use` suspends on the first read of any promise, even a resolved
 * one, and React then holds the reveal back for up to 300 ms (its fallback throttle).
 */
export function settledPromise<T>(promise: Promise<T>): Promise<T> {
  const tracked = promise as Promise<T> & {
    status?: 'pending' | 'fulfilled' | 'rejected';
    value?: T;
    reason?: unknown;
  };
  tracked.status = 'pending';
  promise.then(
    (value) => {
      tracked.status = 'fulfilled';
      tracked.value = value;
    },
    (reason: unknown) => {
      tracked.status = 'rejected';
      tracked.reason = reason;
    },
  );
  return promise;
}

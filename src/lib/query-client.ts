import { QueryClient } from '@tanstack/react-query';
import { isApiError, isTransient } from '../api/client/api-error.ts';

/**
 * React Query defaults for the whole app. Retries only help with failures that can go away
 * by themselves (network, timeout, 5xx, 429); a 4xx or a contract break will fail the same
 * way again, so it is shown at once.
 */

export const MAX_RETRIES = 3;
const BACKOFF_CAP_MS = 8_000;
/** A Retry-After longer than this is shown to the user rather than waited out silently. */
const MAX_SILENT_WAIT_SECONDS = 30;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || !isTransient(error)) return false;
  if (isApiError(error) && error.retryAfterSeconds !== undefined) {
    return error.retryAfterSeconds <= MAX_SILENT_WAIT_SECONDS;
  }
  return true;
}

/** Exponential backoff (1 s, 2 s, 4 s… capped), or exactly what Retry-After asks for. */
export function retryDelay(attemptIndex: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterSeconds !== undefined) {
    return error.retryAfterSeconds * 1000;
  }
  return Math.min(1000 * 2 ** attemptIndex, BACKOFF_CAP_MS);
}

/** How often a query that failed is asked again, so a view recovers when the API does. */
export const RECOVERY_POLL_MS = 20_000;

/**
 * Ask again, on a timer, while a query is failing in a way the API can get over by itself:
 * an outage, a rate limit, a timeout, or a response it broke (a deploy fixes it). A 4xx
 * (signed out, forbidden, not found, a bad filter) will not change by waiting, so it is not
 * polled. Once an answer arrives the timer stops.
 */
export function recoveryInterval(error: unknown, pollMs = RECOVERY_POLL_MS): number | false {
  if (!isApiError(error)) return false;
  return isTransient(error) || error.kind === 'contract' ? pollMs : false;
}

export interface QueryClientTimings {
  /** Replaces the back-off between retries (tests: milliseconds, not seconds). */
  retryDelayMs?: number;
  recoveryPollMs?: number;
}

export function createQueryClient(timings: QueryClientTimings = {}): QueryClient {
  const { retryDelayMs, recoveryPollMs = RECOVERY_POLL_MS } = timings;
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: retryDelayMs === undefined ? retryDelay : () => retryDelayMs,
        refetchInterval: (query) =>
          query.state.status === 'error'
            ? recoveryInterval(query.state.error, recoveryPollMs)
            : false,
        // Analysts keep several tabs open; refetching every view on each focus would hammer
        // the API for data that changes over hours.
        refetchOnWindowFocus: false,
        staleTime: 60_000,
      },
      mutations: { retry: false },
    },
  });
}

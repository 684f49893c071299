import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorKind } from '../../src/api/client/api-error.ts';
import { retryDelay, shouldRetry } from '../../src/lib/query-client.ts';

const error = (kind: ApiErrorKind, retryAfterSeconds?: number) =>
  new ApiError({ kind, message: 'x', endpoint: 'GET /me', retryAfterSeconds });

describe('retry policy', () => {
  it('retries transient failures at most three times', () => {
    for (const kind of ['network', 'timeout', 'server', 'rate-limited'] as const) {
      expect(shouldRetry(0, error(kind))).toBe(true);
      expect(shouldRetry(2, error(kind))).toBe(true);
      expect(shouldRetry(3, error(kind))).toBe(false);
    }
  });

  it('never retries a 4xx or a contract break', () => {
    for (const kind of [
      'unauthorized',
      'forbidden',
      'not-found',
      'bad-request',
      'contract',
    ] as const) {
      expect(shouldRetry(0, error(kind))).toBe(false);
    }
    expect(shouldRetry(0, new Error('bug'))).toBe(false);
  });

  it('backs off exponentially up to a cap, or waits as Retry-After says', () => {
    expect([0, 1, 2, 3, 4, 5].map((i) => retryDelay(i, error('server')))).toEqual([
      1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    expect(retryDelay(0, error('rate-limited', 2))).toBe(2000);
  });

  it('shows a long Retry-After to the user instead of waiting silently', () => {
    expect(shouldRetry(0, error('rate-limited', 120))).toBe(false);
  });
});

describe('recovery by itself', () => {
  it('asks a failing query again on a timer while the API may get over it, never for a 4xx', async () => {
    const { recoveryInterval, RECOVERY_POLL_MS } = await import('../../src/lib/query-client.ts');
    for (const kind of ['network', 'timeout', 'server', 'rate-limited', 'contract'] as const) {
      expect(recoveryInterval(error(kind))).toBe(RECOVERY_POLL_MS);
    }
    for (const kind of ['unauthorized', 'forbidden', 'not-found', 'bad-request'] as const) {
      expect(recoveryInterval(error(kind))).toBe(false);
    }
    expect(recoveryInterval(new Error('a bug'))).toBe(false);
    expect(recoveryInterval(error('server'), 50)).toBe(50);
  });
});

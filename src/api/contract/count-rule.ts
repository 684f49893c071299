import type { Count } from './common-schemas.ts';

/**
 * `CountShape`'s rule (common-schemas.ts) in plain code: `count` a safe integer ≥ 0 or null,
 * null exactly when `suppressed` is true. A filter change reads about 3,000 counts. In a
 * module of its own, without zod, so the client's quick check of every answer
 * (api/client/answer-check.ts) needs no zod.
 */
export function isCount(value: unknown): value is Count {
  if (typeof value !== 'object' || value === null) return false;
  const { count, suppressed } = value as Record<string, unknown>;
  if (count === null) return suppressed === true;
  return suppressed === false && Number.isSafeInteger(count) && (count as number) >= 0;
}

import type { Problem } from '../contract/common-schemas.ts';
import { formatWait } from '../../lib/format.ts';

/**
 * The one error every API call can fail with. Components switch on `kind`, show `message`
 * (written for a person, not a developer), and never parse status codes themselves.
 */

export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'bad-request'
  | 'rate-limited'
  | 'server'
  | 'contract';

export interface ApiErrorDetails {
  kind: ApiErrorKind;
  message: string;
  /** "GET /aggregates/breakdown": which call failed. */
  endpoint: string;
  status?: number;
  /** The RFC 9457 body, when the API sent one. */
  problem?: Problem;
  /** For rate-limited (and a 503 that says so): how long to wait. */
  retryAfterSeconds?: number;
  /** For contract: where the response broke the schema, e.g. "items[3].urgency". */
  field?: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly endpoint: string;
  readonly status: number | undefined;
  readonly problem: Problem | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly field: string | undefined;

  constructor(details: ApiErrorDetails) {
    super(details.message);
    this.kind = details.kind;
    this.endpoint = details.endpoint;
    this.status = details.status;
    this.problem = details.problem;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.field = details.field;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Failures that may go away by themselves: worth retrying. 4xx never are (429 aside). */
export function isTransient(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.kind === 'network' ||
      error.kind === 'timeout' ||
      error.kind === 'server' ||
      error.kind === 'rate-limited')
  );
}

/** The sentence a person reads for an HTTP status. */
export function messageForStatus(
  status: number,
  problem: Problem | undefined,
  retryAfterSeconds: number | undefined,
): { kind: ApiErrorKind; message: string } {
  const later =
    retryAfterSeconds !== undefined ? ` Try again in ${formatWait(retryAfterSeconds)}.` : '';
  if (status === 401)
    return {
      kind: 'unauthorized',
      message: 'You are not signed in, or your session has expired. Sign in again, then retry.',
    };
  if (status === 403)
    return {
      kind: 'forbidden',
      message:
        'Your account is not allowed to see this. If you need it for your work, ask the intake team to extend your access.',
    };
  if (status === 404)
    return {
      kind: 'not-found',
      message: 'Not found: it may have been removed, or the link may be wrong.',
    };
  if (status === 429)
    return {
      kind: 'rate-limited',
      message: `Too many requests to the intake API.${later || ' Wait a moment, then try again.'}`,
    };
  if (status >= 500)
    return {
      kind: 'server',
      message:
        status === 503
          ? `The intake API is unavailable for now (error 503).${later || ' Try again in a moment.'}`
          : `The intake API failed (error ${status}). Try again in a moment; if it keeps failing, tell the intake team.`,
    };
  const params = problem?.invalidParams?.map((p) => `${p.name}: ${p.reason}`).join('; ');
  return {
    kind: 'bad-request',
    message: `The intake API did not accept the request${params ? ` (${params})` : ''} (error ${status}). Change the filters and try again.`,
  };
}

/** Retry-After is either seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** A zod issue path as a person would write it: ["items", 3, "urgency"] → "items[3].urgency". */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(the whole response)' : out;
}

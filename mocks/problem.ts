import type { InvalidParam } from '../src/api/contract/filter-params.ts';
import type { Problem } from '../src/api/contract/common-schemas.ts';

/**
 * Problem details (RFC 9457), the one error shape of the mocked intake API. Handlers throw a
 * `ProblemError` wherever they decide to refuse; one wrapper turns it into a response, so no
 * handler builds error bodies by hand and every refusal looks the same.
 */

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** `about:blank` problems: the status code says it all and the title is its phrase. */
export function problem(status: number, detail?: string, invalidParams?: InvalidParam[]): Problem {
  return {
    type: 'about:blank',
    title: titles[status] ?? 'Error',
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(invalidParams?.length ? { invalidParams } : {}),
  };
}

export function problemResponse(body: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, ...headers },
  });
}

/** Thrown inside a handler to answer with problem details. */
export class ProblemError extends Error {
  constructor(
    readonly body: Problem,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.detail ?? body.title);
  }
}

export const badRequest = (invalidParams: InvalidParam[]) =>
  new ProblemError(problem(400, 'One or more parameters are invalid.', invalidParams));

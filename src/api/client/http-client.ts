import type { z } from 'zod';
import type { Problem } from '../contract/common-schemas.ts';
import { API_BASE_PATH } from '../contract/endpoints.ts';
import type { ResponseSchemas } from '../contract/response-schemas.ts';
import {
  ApiError,
  formatIssuePath,
  isApiError,
  messageForStatus,
  parseRetryAfter,
} from './api-error.ts';
import { createBatchTransport, isBatchable, type ApiAnswer } from './batch-transport.ts';
import { checkAnswer } from './load-schemas.ts';

/**
 * The only place in the dashboard that calls `fetch`. Every call resolves to data that has
 * passed its contract schema, or rejects with one `ApiError` (or with the caller's own
 * AbortError when the caller cancelled: a cancellation is not a failure to show).
 */

export interface ApiClientSettings {
  /** Absolute, or a same-origin path such as `/api/v1`; no trailing slash. */
  baseUrl: string;
  /**
   * The bearer token of the current session, read at each call so a persona switch takes
   * effect at once. Kept in memory by the session; this module never stores it.
   */
  getToken: () => string | null | Promise<string | null>;
  /** Give up after this long even if the caller has not cancelled. */
  timeoutMs: number;
  /**
   * The API answers `POST /batch`: GETs asked for together go out as one request (see
   * batch-transport.ts). Off unless the deployment says its API has it.
   */
  batch: boolean;
}

let settings: ApiClientSettings = {
  baseUrl: API_BASE_PATH,
  getToken: () => null,
  timeoutMs: 20_000,
  batch: false,
};
let batchedGet: ReturnType<typeof createBatchTransport> | null = null;

export function configureApiClient(next: Partial<ApiClientSettings>): void {
  settings = { ...settings, ...next };
  // Made again on first use, so it sees the new base URL (and a test's own fetch).
  batchedGet = null;
}

export function getApiClientSettings(): Readonly<ApiClientSettings> {
  return settings;
}

export type ParamValue =
  string | number | boolean | readonly (string | number)[] | null | undefined;
export type ApiParams = URLSearchParams | Record<string, ParamValue>;

/** The name of the schema an answer is checked against (response-schemas.ts). */
export type ResponseName = keyof ResponseSchemas;
/** What an answer checked against `N` reads as. */
export type ResponseOf<N extends ResponseName> = z.output<ResponseSchemas[N]>;

export interface RequestOptions<N extends ResponseName> {
  /** Named, not passed: the quick check reads the answer by name, and zod only if it must. */
  schema: N;
  params?: ApiParams;
  signal?: AbortSignal;
}

function toSearchParams(params: ApiParams | undefined): URLSearchParams {
  if (!params) return new URLSearchParams();
  if (params instanceof URLSearchParams) return params;
  const out = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) out.set(name, value.join(','));
    } else out.set(name, String(value));
  }
  return out;
}

/** `path` (which may carry its query string) under the API's base URL. */
function apiUrl(path: string): URL {
  // A path-only base ("/api/v1") is resolved against the page, so mock mode stays same-origin.
  const origin = typeof window !== 'undefined' ? window.location.origin : 'http://localhost';
  return new URL(`${settings.baseUrl}${path}`, origin);
}

function buildUrl(path: string, params: ApiParams | undefined): URL {
  const url = apiUrl(path);
  url.search = toSearchParams(params).toString();
  return url;
}

/** A GET, in a batch when the API has them and the path may be batched. */
function sendGet(
  path: string,
  params: ApiParams | undefined,
  init: RequestInit & { headers: Record<string, string>; signal: AbortSignal },
): Promise<ApiAnswer> {
  const url = buildUrl(path, params);
  const relative = `${path}${url.search}`;
  if (!settings.batch || !isBatchable(relative)) return fetch(url, init);
  batchedGet ??= createBatchTransport({ urlOf: apiUrl, fetch: (...args) => fetch(...args) });
  return batchedGet({ path: relative, headers: init.headers, signal: init.signal });
}

/** Sends the GETs queued for a batch at once, not at the end of the task (see filter-reads.ts). */
export function sendQueuedGets(): void {
  batchedGet?.flush();
}

async function readProblem(response: ApiAnswer, endpoint: string): Promise<Problem | undefined> {
  try {
    const parsed = await checkAnswer('Problem', JSON.parse(await response.text()), endpoint);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function requestHeaders(
  accept: string,
  hasBody: boolean,
  token: string | null,
): Record<string, string> {
  const headers: Record<string, string> = { Accept: accept };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (hasBody) headers['Content-Type'] = 'application/json';
  return headers;
}

/** A request that got no answer: the caller's own abort, or one ApiError. */
function fetchFailure(
  error: unknown,
  endpoint: string,
  signal: AbortSignal | undefined,
  timedOut: boolean,
): unknown {
  if (signal?.aborted) return signal.reason ?? error;
  if (timedOut) {
    return new ApiError({
      kind: 'timeout',
      endpoint,
      message: `The intake API did not answer within ${Math.round(settings.timeoutMs / 1000)} seconds. Try again, or narrow the filters.`,
    });
  }
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  return new ApiError({
    kind: 'network',
    endpoint,
    message: offline
      ? 'You appear to be offline. Reconnect, then try again.'
      : 'Could not reach the intake API. Check your connection and try again.',
  });
}

/** A non-2xx answer as one ApiError. */
async function statusError(response: ApiAnswer, endpoint: string): Promise<ApiError> {
  const problem = await readProblem(response, endpoint);
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  const { kind, message } = messageForStatus(response.status, problem, retryAfterSeconds);
  return new ApiError({
    kind,
    message,
    endpoint,
    status: response.status,
    problem,
    retryAfterSeconds,
  });
}

async function request<N extends ResponseName>(
  method: 'GET' | 'POST',
  path: string,
  { schema, params, signal }: RequestOptions<N>,
  body?: unknown,
): Promise<ResponseOf<N>> {
  const endpoint = `${method} ${path}`;
  const timeout = AbortSignal.timeout(settings.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  // Awaited only while the token is being renewed. At hand, it lets a read reach the batch
  // in the task that started it: a filter change's reads leave before React renders the
  // change (see filter-reads.ts), and an await here would let that render go first.
  const token = settings.getToken();
  const headers = requestHeaders(
    'application/json',
    body !== undefined,
    token instanceof Promise ? await token : token,
  );

  let response: ApiAnswer;
  let text: string;
  try {
    const init = {
      method,
      headers,
      signal: combined,
      body: body === undefined ? undefined : JSON.stringify(body),
      // Never send or store cookies: the bearer token is the only credential.
      credentials: 'omit' as const,
    };
    response = await (method === 'GET'
      ? sendGet(path, params, init)
      : fetch(buildUrl(path, params), init));
    text = response.ok ? await response.text() : '';
  } catch (error) {
    // A batch answer the client cannot read is already an ApiError: pass it on.
    if (isApiError(error) && !signal?.aborted) throw error;
    throw fetchFailure(error, endpoint, signal, timeout.aborted);
  }

  if (!response.ok) throw await statusError(response, endpoint);

  const contractError = (field: string | undefined, what: string) =>
    new ApiError({
      kind: 'contract',
      endpoint,
      status: response.status,
      field,
      message: `The intake API sent an answer the dashboard cannot read (${endpoint}: ${what}). Please tell the intake team.`,
    });

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw contractError(undefined, 'the response was not valid JSON');
  }
  const parsed = await checkAnswer(schema, json, endpoint);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = formatIssuePath(issue?.path ?? []);
    throw contractError(field, `field ${field}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data as ResponseOf<N>;
}

export function apiGet<N extends ResponseName>(
  path: string,
  options: RequestOptions<N>,
): Promise<ResponseOf<N>> {
  return request('GET', path, options);
}

export function apiPost<N extends ResponseName>(
  path: string,
  options: RequestOptions<N> & { body?: unknown },
): Promise<ResponseOf<N>> {
  return request('POST', path, options, options.body);
}

export interface StreamRequestOptions {
  params?: ApiParams;
  /** Cancels the request, and the body while it is being read. */
  signal?: AbortSignal;
  /** The Accept header, e.g. `text/csv`. */
  accept?: string;
}

/**
 * A GET whose body is read as a stream by the caller (the CSV export): the same base URL,
 * token and error mapping as `apiGet`, but a 2xx response comes back unread. The timeout
 * covers only the wait for the answer's headers: a large body may take minutes to arrive,
 * and the caller's signal is what stops it.
 */
export async function apiGetStream(
  path: string,
  { params, signal, accept = '*/*' }: StreamRequestOptions = {},
): Promise<Response> {
  const endpoint = `GET ${path}`;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), settings.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, params), {
      method: 'GET',
      headers: requestHeaders(accept, false, await settings.getToken()),
      signal: combined,
      credentials: 'omit',
    });
  } catch (error) {
    throw fetchFailure(error, endpoint, signal, timeout.signal.aborted);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) throw await statusError(response, endpoint);
  return response;
}

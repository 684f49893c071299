import { getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import type { z } from 'zod';
import { endpoints } from '../../src/api/contract/endpoints.ts';
import { BatchRequest, type BatchAnswer } from '../../src/api/contract/batch-schemas.ts';
import { BATCH_ANSWER_HEADERS } from '../../src/api/contract/batch-rules.ts';
import type { InvalidParam } from '../../src/api/contract/filter-params.ts';
import { ProblemError, badRequest, problem, problemResponse } from '../problem.ts';
import type { HandlerDeps } from './handler-deps.ts';
import { BATCH_PART_HEADER, apiRoute } from './api-route.ts';

/**
 * `POST /batch`: each sub-request becomes a real GET answered by the complete handler list,
 * so role, scope, suppression, failure scenarios and hostile text apply to it exactly as to
 * a lone GET; nothing about a sub-request is decided here twice.
 */

const name = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

function invalidParams(error: z.ZodError): InvalidParam[] {
  return error.issues.map((issue) => ({
    name: name(issue.path) || 'body',
    reason:
      issue.code === 'invalid_format' && issue.path.at(-1) === 'path'
        ? 'not a GET of /metadata, /reports, /reports/{id} or /aggregates/…'
        : issue.message,
  }));
}

/**
 * BATCHABLE_PATH already refuses absolute URLs; what it lets through could still move when
 * resolved as a URL: `.`/`..` segments (also written %2e), `//`, backslashes (a slash to the
 * URL parser) and tabs or newlines (which the parser drops, joining what they separate).
 */
function unsafePath(path: string): string | null {
  const pathname = path.split('?')[0] ?? '';
  const moving = (c: string) => c === '\\' || c < ' ' || c === '\u007f';
  if ([...pathname].some(moving)) return 'backslashes and control characters are not allowed';
  const segments = pathname.slice(1).split('/');
  if (segments.includes('')) return 'empty segments (//) are not allowed';
  if (segments.some((s) => /^(?:\.|%2e){1,2}$/i.test(s))) return 'dot segments are not allowed';
  return null;
}

async function readBatch(request: Request): Promise<BatchRequest> {
  let raw: unknown;
  try {
    raw = JSON.parse(await request.text());
  } catch {
    throw new ProblemError(
      problem(400, 'The body is not JSON.', [{ name: 'body', reason: 'not JSON' }]),
    );
  }
  const parsed = BatchRequest.safeParse(raw);
  if (!parsed.success) throw badRequest(invalidParams(parsed.error));
  const unsafe = parsed.data.requests.flatMap(({ path }, i) => {
    const reason = unsafePath(path);
    return reason ? [{ name: `requests[${i}].path`, reason }] : [];
  });
  if (unsafe.length) throw badRequest(unsafe);
  return parsed.data;
}

/** What a client acts on: the status, the body as text, and BATCH_ANSWER_HEADERS only. */
async function toAnswer(response: Response): Promise<BatchAnswer> {
  const headers: Record<string, string> = {};
  for (const header of BATCH_ANSWER_HEADERS) {
    const value = response.headers.get(header);
    if (value !== null) headers[header] = value;
  }
  return { status: response.status, headers, body: await response.text() };
}

export function batchHandler(deps: HandlerDeps, handlers: () => RequestHandler[]) {
  return http.post(
    deps.apiPath(endpoints.batch),
    apiRoute(deps, 'batch', async ({ request }) => {
      const { requests } = await readBatch(request);
      const apiRoot = new URL(`${deps.apiBase}/`, request.url).href;
      const urls = requests.map(({ path }, i) => {
        const url = new URL(deps.apiBase + path, request.url);
        // unsafePath should make this impossible; this keeps a sub-request inside the API
        // if a path ever slips past it. Checked for all before any runs (and uses up a
        // scenario's `times`).
        if (!url.href.startsWith(apiRoot)) {
          throw badRequest([{ name: `requests[${i}].path`, reason: 'leaves the API' }]);
        }
        return url;
      });
      const responses: BatchAnswer[] = [];
      // In order, one at a time: a failure scenario with `times` is used up by the same
      // sub-requests on every run, and the answers line up with the requests.
      for (const url of urls) {
        const sub = new Request(url, {
          method: 'GET',
          headers: {
            authorization: request.headers.get('Authorization') ?? '',
            accept: 'application/json',
            [BATCH_PART_HEADER]: '1',
          },
          signal: request.signal,
        });
        const response =
          (await getResponse(handlers(), sub)) ??
          problemResponse(problem(404, 'No such endpoint.'));
        // One connection carries the batch: if a sub-request's connection dies (the
        // 'network' scenario, or a held 'timeout' given up), the whole batch dies with it.
        if (response.type === 'error' || request.signal.aborted) return HttpResponse.error();
        responses.push(await toAnswer(response));
      }
      return HttpResponse.json({ responses });
    }),
  );
}

import { getResponse, type RequestHandler } from 'msw';

/** One answer of the mocked API, its body parsed by media type. */
export interface ApiAnswer {
  status: number;
  /** The media type without parameters, e.g. `application/problem+json`. */
  mediaType: string;
  headers: Headers;
  /** Parsed JSON for JSON media types, else the text. */
  body: unknown;
  text: string;
}

export interface CallOptions {
  token?: string | null;
  method?: string;
  query?: URLSearchParams | string;
  body?: string;
}

/** Calls the handlers in process, as msw would for a real fetch, without a network. */
export function createApiCaller(handlers: RequestHandler[], origin = 'http://intake.test') {
  return async function call(path: string, options: CallOptions = {}): Promise<ApiAnswer> {
    const query = options.query === undefined ? '' : String(options.query);
    const headers = new Headers();
    if (options.token) headers.set('Authorization', `Bearer ${options.token}`);
    const request = new Request(`${origin}${path}${query ? `?${query}` : ''}`, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body === undefined ? {} : { body: options.body }),
    });
    const response = await getResponse(handlers, request);
    if (!response) throw new Error(`no handler for ${request.method} ${request.url}`);
    if (response.type === 'error') throw new TypeError('network error');
    const text = await response.text();
    const mediaType = (response.headers.get('Content-Type') ?? '').split(';')[0]?.trim() ?? '';
    return {
      status: response.status,
      mediaType,
      headers: response.headers,
      body: mediaType.endsWith('json') ? JSON.parse(text) : text,
      text,
    };
  };
}
export type ApiCaller = ReturnType<typeof createApiCaller>;

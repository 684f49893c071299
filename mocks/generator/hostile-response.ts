import { xssPayloads } from './hostile-text.ts';

/**
 * The `hostileText` scenario: every human-readable text field of a JSON answer gets an XSS
 * payload in front of it, so a test can prove that *every* place the dashboard shows API
 * text (legends, labels, tooltips, popups, the header, filter options, the case, error
 * details) renders it inert, not only the narratives the generator seeds with markup.
 * Keys, codes and enum values are left alone so the answer still meets the contract.
 */

const TEXT_KEYS = new Set([
  'label',
  'name',
  'displayName',
  'organisation',
  'narrative',
  'narrativePreview',
  'city',
  'admin1',
  'title',
  'detail',
  'reason',
]);
const TEXT_LIST_KEYS = new Set(['tags']);

/** The same text always gets the same payload, so legends and keys stay stable. */
function payloadFor(text: string): string {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return xssPayloads[Math.abs(h) % xssPayloads.length]!;
}

export function hostile(text: string): string {
  return `${payloadFor(text)} ${text}`;
}

export function addHostileText(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return key && TEXT_KEYS.has(key) ? hostile(value) : value;
  if (Array.isArray(value)) {
    return key && TEXT_LIST_KEYS.has(key)
      ? value.map((v) => (typeof v === 'string' ? hostile(v) : v))
      : value.map((v) => addHostileText(v));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, addHostileText(v, k)]));
  }
  return value;
}

/** A JSON response with hostile text added; anything else (CSV, network errors) as it was. */
export async function withHostileText(response: Response): Promise<Response> {
  const type = response.headers.get('content-type') ?? '';
  if (response.type === 'error' || !/json/.test(type)) return response;
  const body = addHostileText(await response.json());
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify(body), { status: response.status, headers });
}

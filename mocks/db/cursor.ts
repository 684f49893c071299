/**
 * Opaque paging cursors: base64url of a small JSON object holding the position in the
 * query's sorted order and a hash of the query (scope, filters, sort). The data never
 * change, so a position is exact: paging neither skips nor repeats a row. A cursor made
 * for another query is refused.
 */
import { BadQueryError } from './intake-db.ts';

interface CursorBody {
  v: 1;
  /** Hash of the query the cursor belongs to. */
  h: string;
  /** Rows already delivered (the next page starts here). */
  o: number;
}

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
}

export function encodeCursor(queryHash: string, offset: number): string {
  const body: CursorBody = { v: 1, h: queryHash, o: offset };
  return toBase64Url(JSON.stringify(body));
}

/** The offset a cursor points at; throws BadQueryError('cursor', …) when it does not fit. */
export function decodeCursor(cursor: string, queryHash: string, total: number): number {
  let body: unknown;
  try {
    if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw new Error('not base64url');
    body = JSON.parse(fromBase64Url(cursor));
  } catch {
    throw new BadQueryError('cursor', 'The cursor is not one this API issued.');
  }
  if (
    typeof body !== 'object' ||
    body === null ||
    (body as Partial<CursorBody>).v !== 1 ||
    typeof (body as Partial<CursorBody>).h !== 'string' ||
    !Number.isInteger((body as Partial<CursorBody>).o)
  ) {
    throw new BadQueryError('cursor', 'The cursor is not one this API issued.');
  }
  const { h, o } = body as CursorBody;
  if (h !== queryHash) {
    throw new BadQueryError(
      'cursor',
      'The cursor belongs to another query (filters or sort changed): start again from the first page.',
    );
  }
  if (o < 0 || o > total)
    throw new BadQueryError('cursor', 'The cursor points past the end of the results.');
  return o;
}

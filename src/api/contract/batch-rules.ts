/**
 * The rules of `POST /batch` as plain values (see batch-schemas.ts for the batch itself):
 * the client reads them in the first page's code, without zod (README decision 30).
 */

export const BATCH_MAX_REQUESTS = 20;

/**
 * The reads a batch may hold: GETs of JSON resources (no CSV export, no batch in a batch).
 * A path relative to the API's base, query string included. Not `/me`: who is calling is
 * asked once per session, alone, and an API that personalises it at its edge (from the
 * token) should not have to do so inside batches too.
 */
export const BATCHABLE_PATH =
  /^\/(?:metadata|reports|reports\/[^/?#]+|aggregates\/[a-z/]+)(?:\?[^#]*)?$/;

/** The headers of a sub-answer a client acts on; anything else is left out. */
export const BATCH_ANSWER_HEADERS = ['content-type', 'retry-after'] as const;

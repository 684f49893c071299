import { z } from '../../lib/zod.ts';
import { BATCH_MAX_REQUESTS, BATCHABLE_PATH } from './batch-rules.ts';

/**
 * `POST /batch`: several reads in one HTTP request. A filter change on the overview asks
 * about a dozen questions at once; sent one by one they queue behind the browser's six
 * connections per origin, and each new URL costs a CORS preflight first. One POST to one
 * fixed URL costs one round trip (its preflight is cached for Access-Control-Max-Age).
 *
 * Each sub-request is answered exactly as it would be alone (role, scope, suppression,
 * errors), in order, with its status, its body as text and the headers a client acts on.
 * The batch itself fails only when it cannot be read or the caller is not signed in.
 */

export const BatchRequest = z
  .object({
    requests: z
      .array(
        z.object({
          path: z.string().max(4096).regex(BATCHABLE_PATH).meta({
            description:
              'A GET path relative to the API base, with its query string, e.g. `/aggregates/breakdown?dimension=urgency`. Allowed: /metadata, /reports, /reports/{id}, /aggregates/… (not /me).',
          }),
        }),
      )
      .min(1)
      .max(BATCH_MAX_REQUESTS),
  })
  .meta({
    id: 'BatchRequest',
    description: `Up to ${BATCH_MAX_REQUESTS} GET requests, answered in the same order.`,
  });
export type BatchRequest = z.infer<typeof BatchRequest>;

export const BatchAnswer = z
  .object({
    // A final answer: an informational 1xx is never one (and no Response can carry it).
    status: z.int().min(200).max(599),
    headers: z.record(z.string(), z.string()).meta({
      description: 'Lower-case names: content-type, and retry-after when the API sent one.',
    }),
    body: z.string().meta({ description: 'The body exactly as the GET would have sent it.' }),
  })
  .meta({ id: 'BatchAnswer', description: 'One sub-request answered as it would be alone.' });
export type BatchAnswer = z.infer<typeof BatchAnswer>;

export const BatchResponse = z
  .object({ responses: z.array(BatchAnswer) })
  .meta({ id: 'BatchResponse', description: 'One answer per request, in order.' });
export type BatchResponse = z.infer<typeof BatchResponse>;

import type * as ResponseSchemas from '../contract/response-schemas.ts';
import { ApiError } from './api-error.ts';

type SchemaModule = typeof ResponseSchemas;

let loading: Promise<SchemaModule> | null = null;

function load(): Promise<SchemaModule> {
  // One chunk with zod's own code (tree-shaken to what the schemas use) and one with the
  // schemas, fetched together and evaluated as one module graph (README decision 32).
  loading ??= import('../contract/response-schemas.ts')
    // A failed load (the network dropped) is not kept: the next check asks again, as Retry
    // expects.
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/**
 * Starts loading the answers' schemas, zod with them, in their own chunk (see
 * response-schemas.ts for why), ahead of the first answer (the app's layout calls this
 * once the shell is painted). Without it the first check loads them.
 */
export function preloadSchemas(): void {
  load().catch(() => {});
}

/** The schemas, for checking an answer from `endpoint`; one ApiError if they cannot load. */
export async function loadSchemas(endpoint: string): Promise<SchemaModule> {
  try {
    return await load();
  } catch {
    throw new ApiError({
      kind: 'network',
      endpoint,
      message:
        'Could not load the part of the dashboard that reads the intake API’s answers. Check your connection and try again.',
    });
  }
}

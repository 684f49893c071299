import type { z } from 'zod';
import type * as ResponseSchemas from '../contract/response-schemas.ts';
import { ApiError } from './api-error.ts';
import { answerFits, type AnswerName } from './answer-check.ts';

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

type ZodSchemaOf<N extends AnswerName> = N extends keyof SchemaModule['responseSchemas']
  ? SchemaModule['responseSchemas'][N]
  : N extends 'BatchResponse' | 'Problem'
    ? SchemaModule[N]
    : never;

/** What an answer checked against `N` reads as. */
export type AnswerOf<N extends AnswerName> = z.output<ZodSchemaOf<N>>;

function zodSchema<N extends AnswerName>(schemas: SchemaModule, name: N): z.ZodType {
  if (name === 'BatchResponse') return schemas.BatchResponse;
  if (name === 'Problem') return schemas.Problem;
  return schemas.responseSchemas[name as keyof SchemaModule['responseSchemas']];
}

/**
 * An answer read against its contract schema. One that fits the quick check (answer-check.ts)
 * is used as it came, and zod is not loaded; zod reads one that does not, so the error names
 * the field and the rule, and zod has the last word should the two ever disagree. Throws
 * one ApiError if zod is needed and cannot load.
 */
export async function checkAnswer<N extends AnswerName>(
  name: N,
  json: unknown,
  endpoint: string,
): Promise<z.ZodSafeParseResult<AnswerOf<N>>> {
  if (answerFits(name, json)) return { success: true, data: json as AnswerOf<N> };
  const schemas = await loadSchemas(endpoint);
  return zodSchema(schemas, name).safeParse(json) as z.ZodSafeParseResult<AnswerOf<N>>;
}

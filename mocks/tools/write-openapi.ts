import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildAnswerShapes } from '../../src/api/contract/answer-shapes.ts';
import { buildOpenApiDocument } from '../../src/api/contract/openapi.ts';

/**
 * Writes the intake API's OpenAPI document for its own team to build against, and the
 * answers' shapes the client's quick check reads (answer-shapes.ts). Both are generated from
 * the zod schemas (src/api/contract) and committed; a test fails when a committed copy is out
 * of date, so run `npm run contract` after changing the contract.
 */
export const OPENAPI_FILE = fileURLToPath(
  new URL('../../src/api/openapi.v1.json', import.meta.url),
);
export const ANSWER_SHAPES_FILE = fileURLToPath(
  new URL('../../src/api/contract/answer-shapes.json', import.meta.url),
);

export function serialiseOpenApi(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}

export function serialiseAnswerShapes(): string {
  return `${JSON.stringify(buildAnswerShapes(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OPENAPI_FILE, serialiseOpenApi());
  console.log(`wrote ${OPENAPI_FILE}`);
  writeFileSync(ANSWER_SHAPES_FILE, serialiseAnswerShapes());
  console.log(`wrote ${ANSWER_SHAPES_FILE}`);
}

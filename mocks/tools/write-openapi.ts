import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../../src/api/contract/openapi.ts';

/**
 * Writes the intake API's OpenAPI document for its own team to build against. The document
 * is generated from the zod schemas (src/api/contract) and committed; a test fails when the
 * committed copy is out of date, so run `npm run contract` after changing the contract.
 */
export const OPENAPI_FILE = fileURLToPath(new URL('../../src/api/openapi.v1.json', import.meta.url));

export function serialiseOpenApi(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OPENAPI_FILE, serialiseOpenApi());
  console.log(`wrote ${OPENAPI_FILE}`);
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { OPENAPI_FILE, serialiseOpenApi } from '../../mocks/tools/write-openapi.ts';

describe('the OpenAPI document', () => {
  it('is committed as generated from the zod schemas (run `npm run contract` if this fails)', () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(serialiseOpenApi());
  });

  it('compiles: every component schema is valid JSON Schema 2020-12 and every $ref resolves', () => {
    const doc = JSON.parse(serialiseOpenApi()) as { components: { schemas: Record<string, object> } };
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'openapi', components: doc.components });
    for (const id of Object.keys(doc.components.schemas)) {
      expect(() => ajv.getSchema(`openapi#/components/schemas/${id}`), id).not.toThrow();
    }
  });

  it('documents that the `to` day is included', () => {
    expect(serialiseOpenApi()).toMatch(/"to".*\n.*included/i);
  });
});

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { buildOpenApiDocument } from '../../../src/api/contract/openapi.ts';

/**
 * Validates response bodies against the OpenAPI document itself (not the zod schemas it is
 * built from), so the contract published to the intake API's team is what gets tested.
 */

const DOC_ID = 'urn:intake-api:openapi';
// Top-level OpenAPI fields are not JSON Schema keywords: declare them so strict mode accepts
// the document as one schema whose `$ref`s resolve inside it.
const OPENAPI_FIELDS = ['openapi', 'info', 'servers', 'security', 'paths', 'components'];

const escapePointer = (s: string) => s.replaceAll('~', '~0').replaceAll('/', '~1');

export interface ValidationResult {
  valid: boolean;
  errors: string;
}

export function createOpenApiValidator() {
  // Strict, except one rule zod's output trips without being wrong: a record keyed by an
  // enum is written as `propertyNames` + `required` with no `properties`.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  ajv.addVocabulary(OPENAPI_FIELDS);
  ajv.addSchema(buildOpenApiDocument(), DOC_ID);

  /**
   * `path` is the OpenAPI path template (e.g. `/reports/{id}`), `status` the HTTP status;
   * an undocumented status or content type fails validation.
   */
  return function validate(
    path: string,
    method: string,
    status: number,
    contentType: string,
    body: unknown,
  ): ValidationResult {
    const pointer = [
      'paths',
      path,
      method,
      'responses',
      String(status),
      'content',
      contentType,
      'schema',
    ]
      .map(escapePointer)
      .join('/');
    const check = ajv.getSchema(`${DOC_ID}#/${pointer}`);
    if (!check) {
      return {
        valid: false,
        errors: `no schema for ${method.toUpperCase()} ${path} ${status} ${contentType}`,
      };
    }
    const valid = check(body) === true;
    return { valid, errors: valid ? '' : ajv.errorsText(check.errors) };
  };
}

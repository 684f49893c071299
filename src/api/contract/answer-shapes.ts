import { componentSchemas } from './openapi.ts';
import { responseSchemas } from './response-schemas.ts';

/**
 * The contract's answers as the client's quick check reads them (api/client/answer-check.ts):
 * the OpenAPI document's JSON Schemas of every answer the client reads, and of the schemas
 * they use, cut down to the keywords that decide whether an answer fits. Generated from the
 * zod schemas by `npm run contract`, like the document, and committed; a test fails when the
 * committed copy is out of date. Why a second check beside zod: README decision 37.
 *
 * What is left out, and why the check still agrees with zod:
 * - `description` and `title` say nothing about fitting;
 * - `format` goes, where zod also wrote the `pattern` that checks it (always, so far: a
 *   format alone is refused here);
 * - `additionalProperties: false` goes: zod drops properties it does not know rather than
 *   refusing the answer, and the quick check leaves them be (as `isCount` does).
 * `Count`'s rule (null exactly when suppressed) is no JSON Schema: it is `{ "rule": "count" }`.
 * Any other keyword is refused here, so the check never meets one it would misread.
 */

export type ShapeType = 'null' | 'boolean' | 'string' | 'integer' | 'number' | 'array' | 'object';

export interface Shape {
  $ref?: string;
  rule?: 'count';
  anyOf?: Shape[];
  oneOf?: Shape[];
  enum?: unknown[];
  const?: unknown;
  type?: ShapeType;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: Shape;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Shape>;
  required?: string[];
  additionalProperties?: Shape;
  propertyNames?: Shape;
}

/** The answers the client checks: each response schema, a batch's envelope, an error body. */
export const ANSWER_NAMES = [...Object.keys(responseSchemas), 'BatchResponse', 'Problem'] as const;

/** Keywords each type may carry, beyond the ones any shape may. */
const TYPED_KEYWORDS: Record<ShapeType, readonly string[]> = {
  null: [],
  boolean: [],
  string: ['pattern', 'minLength', 'maxLength'],
  integer: ['minimum', 'maximum'],
  number: ['minimum', 'maximum'],
  array: ['items', 'minItems', 'maxItems'],
  object: ['properties', 'required', 'additionalProperties', 'propertyNames'],
};
const TYPED = new Set(Object.values(TYPED_KEYWORDS).flat());
const ANY_KEYWORDS = ['$ref', 'anyOf', 'oneOf', 'enum', 'const', 'type'];
const DROPPED = ['description', 'title', 'format'];
const REF_PREFIX = '#/components/schemas/';

type JsonSchema = Record<string, unknown>;

function compact(schema: JsonSchema, where: string, refer: (name: string) => void): Shape {
  // `type: ["string", "null"]` (zod's nullable string) as one shape per type.
  if (Array.isArray(schema.type)) {
    const types = schema.type as ShapeType[];
    // Each type keeps the keywords any shape may carry, and its own.
    const keep = (t: ShapeType, key: string) => !TYPED.has(key) || TYPED_KEYWORDS[t]?.includes(key);
    return {
      anyOf: types.map((t, i) =>
        compact(
          { ...Object.fromEntries(Object.entries(schema).filter(([k]) => keep(t, k))), type: t },
          `${where}.type[${i}]`,
          refer,
        ),
      ),
    };
  }
  const type = schema.type as ShapeType | undefined;
  if (type !== undefined && !(type in TYPED_KEYWORDS)) {
    throw new Error(`${where}: type ${JSON.stringify(type)} is not one the quick check reads`);
  }
  const allowed = new Set([...ANY_KEYWORDS, ...(type ? TYPED_KEYWORDS[type] : [])]);
  if ('format' in schema && !('pattern' in schema)) {
    throw new Error(`${where}: format "${String(schema.format)}" without a pattern`);
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED.includes(key)) continue;
    if (key === 'additionalProperties' && value === false) continue;
    if (!allowed.has(key))
      throw new Error(`${where}: keyword "${key}" is not one the quick check reads`);
    const at = `${where}.${key}`;
    if (key === '$ref') {
      const name = String(value).replace(REF_PREFIX, '');
      refer(name);
      out.$ref = name;
    } else if (key === 'anyOf' || key === 'oneOf') {
      out[key] = (value as JsonSchema[]).map((s, i) => compact(s, `${at}[${i}]`, refer));
    } else if (key === 'items' || key === 'additionalProperties' || key === 'propertyNames') {
      out[key] = compact(value as JsonSchema, at, refer);
    } else if (key === 'properties') {
      out[key] = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchema>).map(([name, s]) => [
          name,
          compact(s, `${at}.${name}`, refer),
        ]),
      );
    } else {
      out[key] = value;
    }
  }
  return out as Shape;
}

/** One JSON Schema's shape (its `$ref`s left as names); throws on what the check cannot read. */
export function shapeOfSchema(schema: JsonSchema, where = 'schema'): Shape {
  return compact(schema, where, () => {});
}

/** Every answer's shape, and the shapes they refer to, by component name (sorted). */
export function buildAnswerShapes(): Record<string, Shape> {
  const schemas = componentSchemas() as Record<string, JsonSchema>;
  const shapes = new Map<string, Shape>();
  const visit = (name: string) => {
    if (shapes.has(name)) return;
    if (name === 'Count') {
      shapes.set(name, { rule: 'count' });
      return;
    }
    const schema = schemas[name];
    if (!schema) throw new Error(`no component schema ${name}`);
    shapes.set(name, {}); // a placeholder, so a schema that refers to itself ends
    shapes.set(name, compact(schema, name, visit));
  };
  for (const name of ANSWER_NAMES) visit(name);
  return Object.fromEntries([...shapes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

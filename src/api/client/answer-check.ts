import type { Shape } from '../contract/answer-shapes.ts';
import shapes from '../contract/answer-shapes.json';
import { isCount } from '../contract/count-rule.ts';
import type { ResponseSchemas } from '../contract/response-schemas.ts';

/**
 * The quick check of an answer against the contract, in plain code: the answers' JSON
 * Schemas as generated from the zod schemas (contract/answer-shapes.ts), read here without
 * zod. An answer that fits is used as it came; zod, loaded only then, reads one that does
 * not, to name the field and the rule (http-client.ts). So zod's code, its schemas and their
 * building stay off the page unless an answer is wrong (README decision 37).
 *
 * It agrees with zod on what fits, but where zod copies an answer without the properties it
 * does not know, this leaves them in place (the dashboard reads only the ones it knows).
 */

/** The answers the client checks: each response schema, a batch's envelope, an error body. */
export type AnswerName = keyof ResponseSchemas | 'BatchResponse' | 'Problem';

const byName: Readonly<Record<string, Shape>> = shapes as Record<string, Shape>;

const patterns = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source)));
  return re;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringFits(shape: Shape, value: string): boolean {
  return (
    (shape.minLength === undefined || value.length >= shape.minLength) &&
    (shape.maxLength === undefined || value.length <= shape.maxLength) &&
    (shape.pattern === undefined || pattern(shape.pattern).test(value))
  );
}

function numberFits(shape: Shape, value: number): boolean {
  return (
    (shape.minimum === undefined || value >= shape.minimum) &&
    (shape.maximum === undefined || value <= shape.maximum)
  );
}

function arrayFits(shape: Shape, value: unknown[]): boolean {
  if (shape.minItems !== undefined && value.length < shape.minItems) return false;
  if (shape.maxItems !== undefined && value.length > shape.maxItems) return false;
  const items = shape.items;
  if (!items) return true;
  // An indexed loop: a time series has thousands of values, and this runs at every answer.
  for (let i = 0; i < value.length; i++) if (!fits(items, value[i])) return false;
  return true;
}

function objectFits(shape: Shape, value: Record<string, unknown>): boolean {
  for (const key of shape.required ?? []) if (value[key] === undefined) return false;
  const properties = shape.properties;
  if (properties) {
    for (const key in properties) {
      const v = value[key];
      // Absent and not required (zod's optional): fits.
      if (v !== undefined && !fits(properties[key]!, v)) return false;
    }
  }
  const { additionalProperties: rest, propertyNames: names } = shape;
  if (rest || names) {
    for (const key of Object.keys(value)) {
      if (names && !fits(names, key)) return false;
      if (rest && !(properties && key in properties) && !fits(rest, value[key])) return false;
    }
  }
  return true;
}

function typeFits(shape: Shape, value: unknown): boolean {
  switch (shape.type) {
    case undefined:
      return true;
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string' && stringFits(shape, value);
    case 'integer':
      return Number.isInteger(value) && numberFits(shape, value as number);
    case 'number':
      return Number.isFinite(value) && numberFits(shape, value as number);
    case 'array':
      return Array.isArray(value) && arrayFits(shape, value);
    case 'object':
      return isPlainObject(value) && objectFits(shape, value);
    default:
      return false;
  }
}

function fits(shape: Shape, value: unknown): boolean {
  if (shape.$ref !== undefined) {
    const target = byName[shape.$ref];
    if (!target || !fits(target, value)) return false;
  }
  if (shape.rule === 'count' && !isCount(value)) return false;
  if (shape.anyOf && !shape.anyOf.some((s) => fits(s, value))) return false;
  if (shape.oneOf && shape.oneOf.filter((s) => fits(s, value)).length !== 1) return false;
  if ('const' in shape && value !== shape.const) return false;
  if (shape.enum && !shape.enum.includes(value)) return false;
  return typeFits(shape, value);
}

/** Whether `value` fits the contract's `name` schema (an answer zod would accept). */
export function answerFits(name: AnswerName, value: unknown): boolean {
  return fits(byName[name]!, value);
}

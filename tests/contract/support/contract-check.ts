import { expect } from 'vitest';
import type { z } from 'zod';
import { Problem } from '../../../src/api/contract/common-schemas.ts';
import { Report, ReportPage, Reveal } from '../../../src/api/contract/report-schemas.ts';
import { Me, Metadata } from '../../../src/api/contract/session-schemas.ts';
import {
  Breakdown,
  CountryBins,
  GridBins,
  TimeSeries,
} from '../../../src/api/contract/aggregate-schemas.ts';
import { BatchResponse } from '../../../src/api/contract/batch-schemas.ts';
import { answerFits, type AnswerName } from '../../../src/api/client/answer-check.ts';
import type { ApiAnswer } from './call-api.ts';
import { createOpenApiValidator } from './openapi-validator.ts';

/** The schema of each 200 JSON answer, by OpenAPI path template. */
const okAnswers: Record<string, AnswerName> = {
  '/me': 'Me',
  '/metadata': 'Metadata',
  '/reports': 'ReportPage',
  '/reports/{id}': 'Report',
  '/reports/{id}/reveal': 'Reveal',
  '/aggregates/timeseries': 'TimeSeries',
  '/aggregates/breakdown': 'Breakdown',
  '/aggregates/geo/countries': 'CountryBins',
  '/aggregates/geo/grid': 'GridBins',
  '/batch': 'BatchResponse',
};
/** The zod schema of each answer the dashboard reads. */
export const zodSchemas: Record<AnswerName, z.ZodType> = {
  Me,
  Metadata,
  ReportPage,
  Report,
  Reveal,
  TimeSeries,
  Breakdown,
  CountryBins,
  GridBins,
  BatchResponse,
  Problem,
};

const validate = createOpenApiValidator();

/**
 * Asserts an answer is inside the contract three times over: against the published OpenAPI
 * document (Ajv, draft 2020-12), against the zod schema, and by the quick check the dashboard
 * reads answers with (answer-check.ts). Returns the parsed body for further checks.
 */
export function expectInContract(op: string, method: 'get' | 'post', answer: ApiAnswer): unknown {
  const where = `${method.toUpperCase()} ${op} → ${answer.status}: ${answer.text.slice(0, 300)}`;
  const result = validate(op, method, answer.status, answer.mediaType, answer.body);
  expect(result.errors, where).toBe('');
  expect(result.valid, where).toBe(true);
  if (answer.status >= 400) {
    expect(answer.mediaType, where).toBe('application/problem+json');
    const problem = Problem.parse(answer.body);
    expect(problem.status, where).toBe(answer.status);
    expect(answerFits('Problem', answer.body), where).toBe(true);
  } else if (answer.mediaType === 'application/json') {
    const name = okAnswers[op];
    if (!name) throw new Error(`no schema for ${op}`);
    const parsed = zodSchemas[name].safeParse(answer.body);
    expect(parsed.error?.message, where).toBeUndefined();
    expect(answerFits(name, answer.body), where).toBe(true);
  }
  expect(answer.headers.get('Server-Timing'), where).toMatch(/^app;dur=\d+(\.\d+)?/);
  return answer.body;
}

/** The names in a 400's `invalidParams`, sorted. */
export function invalidParamNames(answer: ApiAnswer): string[] {
  const problem = Problem.parse(answer.body);
  return (problem.invalidParams ?? []).map((p) => p.name).sort();
}

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerFits, type AnswerName } from '../../src/api/client/answer-check.ts';
import { ANSWER_NAMES, shapeOfSchema } from '../../src/api/contract/answer-shapes.ts';
import { endpoints } from '../../src/api/contract/endpoints.ts';
import { createIntakeDb } from '../../mocks/db/create-intake-db.ts';
import { createAuditLog } from '../../mocks/handlers/audit-log.ts';
import { createHandlers } from '../../mocks/handlers/create-handlers.ts';
import { ANALYST_TOKEN, partnerToken } from '../../mocks/personas.ts';
import { ANSWER_SHAPES_FILE, serialiseAnswerShapes } from '../../mocks/tools/write-openapi.ts';
import { createApiCaller } from './support/call-api.ts';
import { zodSchemas } from './support/contract-check.ts';

/**
 * The client's quick check of answers (answer-check.ts) against zod: on real answers of the
 * mocked API and on those answers broken one to three places at a time, the quick check
 * accepts exactly what zod accepts. An answer the quick check wrongly let through would
 * reach the views unchecked.
 */

const db = createIntakeDb({ size: 3000, seed: 5 });
const call = createApiCaller(createHandlers({ db, auditLog: createAuditLog() }));
const partner = partnerToken(db.regions()[0]!.code);

async function body(path: string, token = ANALYST_TOKEN, method = 'GET', payload?: string) {
  const answer = await call(`/api/v1${path}`, { token, method, body: payload });
  return answer.body;
}

/** Real answers, by schema: both roles, grouped and plain series, suppressed counts. */
async function sampleAnswers(): Promise<[AnswerName, unknown][]> {
  const meta = db.metadata({ role: 'analyst', scopeCountries: null, k: 11 });
  const range = `from=${meta.dataRange.from}&to=${meta.dataRange.to}`;
  const page = (await body(`${endpoints.reports}?limit=3`)) as { items: { id: string }[] };
  const id = page.items[0]!.id;
  const aggregates = [
    `${endpoints.timeseries}?${range}&interval=month&groupBy=platform`,
    `${endpoints.timeseries}?${range}&interval=week`,
    `${endpoints.breakdown}?dimension=exploitationType`,
    endpoints.countryBins,
    `${endpoints.gridBins}?cellSize=1&extent=-30,30,40,70`,
  ];
  const names: AnswerName[] = ['TimeSeries', 'TimeSeries', 'Breakdown', 'CountryBins', 'GridBins'];
  const batch = JSON.stringify({ requests: aggregates.slice(0, 3).map((path) => ({ path })) });
  const samples: [AnswerName, unknown][] = [
    ['Me', await body(endpoints.me)],
    ['Me', await body(endpoints.me, partner)],
    ['Metadata', await body(endpoints.metadata)],
    ['ReportPage', page],
    ['Report', await body(endpoints.report(id))],
    ['Reveal', await body(endpoints.reveal(id), ANALYST_TOKEN, 'POST')],
    ['BatchResponse', await body(endpoints.batch, ANALYST_TOKEN, 'POST', batch)],
    ['Problem', await body(`${endpoints.breakdown}?dimension=nonsense`)],
    ['Problem', await body(endpoints.reports, partner)],
  ];
  for (const [i, path] of aggregates.entries()) {
    samples.push([names[i]!, await body(path)], [names[i]!, await body(path, partner)]);
  }
  return samples;
}

/** Every place in a JSON value: the path of keys to it. */
function pathsOf(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...at, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  return out;
}

/** Values near and far from what answers hold: the edges of each rule, and wrong types. */
const replacement = fc.constantFrom<unknown>(
  null,
  undefined,
  -1,
  0,
  1.5,
  599,
  600,
  2 ** 53,
  Number.NaN,
  Infinity,
  '',
  'x',
  'GB',
  'gb',
  '001',
  '2026-02-28',
  '2026-02-30',
  '2026-13-01',
  '2026-11-27T10:00:00Z',
  'analyst',
  'partner',
  'all',
  'countries',
  'day',
  'urgency',
  'high',
  true,
  false,
  {},
  [],
  ['GB'],
  { count: 3, suppressed: false },
  { count: null, suppressed: true },
  { count: 3, suppressed: true },
  { kind: 'all' },
);

type Change = { at: number; how: 'replace' | 'delete' | 'add'; value: unknown };
const changes = fc.array(
  fc.record({
    at: fc.nat(),
    how: fc.constantFrom<Change['how']>('replace', 'replace', 'delete', 'add'),
    value: replacement,
  }),
  { minLength: 1, maxLength: 3 },
);

/** The answer with each change made at one of its places (chosen by `at`). */
function broken(answer: unknown, list: Change[]): unknown {
  const copy = structuredClone(answer);
  for (const { at, how, value: shared } of list) {
    const change = { at, how, value: structuredClone(shared) };
    const paths = pathsOf(copy);
    const path = paths[change.at % paths.length]!;
    if (path.length === 0) return change.value;
    type Node = Record<string | number, unknown>;
    const parent = path.slice(0, -1).reduce((o, k) => o[k] as Node, copy as Node);
    const key = path[path.length - 1]!;
    if (change.how === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (change.how === 'add' && !Array.isArray(parent)) {
      parent[`extra${String(key)}`] = change.value;
    } else {
      parent[key] = change.value;
    }
  }
  return copy;
}

let samples: [AnswerName, unknown][];
beforeAll(async () => {
  samples = await sampleAnswers();
});

describe('the quick check of answers', () => {
  it('is generated from the contract as committed (run `npm run contract` if not)', () => {
    expect(readFileSync(ANSWER_SHAPES_FILE, 'utf8')).toBe(serialiseAnswerShapes());
  });

  it('has real answers of every kind to test with', () => {
    expect(new Set(samples.map(([name]) => name))).toEqual(new Set(ANSWER_NAMES));
  });

  it('accepts every real answer, as zod does', () => {
    for (const [name, answer] of samples) {
      expect(zodSchemas[name].safeParse(answer).error?.message, name).toBeUndefined();
      expect(answerFits(name, answer), name).toBe(true);
    }
  });

  it('accepts exactly what zod accepts when answers are broken', () => {
    let refused = 0;
    fc.assert(
      fc.property(fc.nat(), changes, (pick, list) => {
        const [name, answer] = samples[pick % samples.length]!;
        const value = broken(answer, list);
        const zod = zodSchemas[name].safeParse(value).success;
        if (!zod) refused++;
        expect(answerFits(name, value), `${name}: ${JSON.stringify(value)?.slice(0, 400)}`).toBe(
          zod,
        );
      }),
      { numRuns: 3_000 },
    );
    // The changes must break answers often, or the agreement says little.
    expect(refused).toBeGreaterThan(1_000);
  }, 60_000);

  it('keeps properties it does not know, where zod drops them', () => {
    const me = samples.find(([name]) => name === 'Me')![1] as object;
    const extended = { ...me, internalNote: 'x' };
    expect(answerFits('Me', extended)).toBe(true);
    expect(zodSchemas.Me.parse(extended)).not.toHaveProperty('internalNote');
  });

  it('refuses to generate a check from a keyword it would misread', () => {
    expect(() => shapeOfSchema({ type: 'string', format: 'email' })).toThrow(/without a pattern/);
    expect(() => shapeOfSchema({ type: 'object', minProperties: 1 })).toThrow(/minProperties/);
    expect(() => shapeOfSchema({ type: 'string', minimum: 1 })).toThrow(/minimum/);
    expect(() => shapeOfSchema({ allOf: [] })).toThrow(/allOf/);
    expect(shapeOfSchema({ type: ['string', 'null'], minLength: 1 })).toEqual({
      anyOf: [{ type: 'string', minLength: 1 }, { type: 'null' }],
    });
  });
});

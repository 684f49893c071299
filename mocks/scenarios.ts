import { z } from 'zod';
import { endpoints } from '../src/api/contract/endpoints.ts';

/**
 * Failure scenarios of the mocked intake API: how slow it is, which endpoints fail and how,
 * and whether the store looks empty. The handlers consult this state before answering, so a
 * scenario behaves the same in the browser worker, in Vitest and over HTTP, and it is
 * changed the same way everywhere: `GET/PUT/DELETE /__mock/scenario` with this JSON.
 */

export type EndpointKey = keyof typeof endpoints;
export const endpointKeys = Object.keys(endpoints) as EndpointKey[];

export const failureKinds = [
  /** 500 problem details. */
  'server-error',
  /** 503 problem details. */
  'unavailable',
  /** 429 problem details with `Retry-After: 2`. */
  'rate-limited',
  /** The connection fails: fetch rejects. */
  'network',
  /** No answer ever; the client must give up by itself. */
  'timeout',
  /** 200 with a truncated JSON body: `{"items": [`. */
  'malformed-json',
  /** 200 with well-formed JSON that breaks the response schema (a number turned into a string). */
  'contract-violation',
] as const;
export type FailureKind = (typeof failureKinds)[number];

export const MockFailure = z
  .object({
    endpoint: z.enum([...endpointKeys, '*']),
    kind: z.enum(failureKinds),
    times: z.int().min(1).optional().meta({
      description: 'Fail this many matching calls, then recover. Absent: fail until cleared.',
    }),
  })
  .strict();
export type MockFailure = z.infer<typeof MockFailure>;

export const MockScenario = z
  .object({
    /** Added to every API answer, failures included. */
    latencyMs: z.int().min(0).max(600_000).default(0),
    /** The first failure that matches a call decides it. */
    failures: z.array(MockFailure).default([]),
    /** Answer as if the store held no reports. */
    empty: z.boolean().default(false),
    /**
     * Put an XSS payload in front of every text field of every JSON answer (labels, names,
     * narratives, problem details): the end-to-end XSS tests' corpus.
     */
    hostileText: z.boolean().optional(),
  })
  .strict();
/** The scenario as written (defaults optional). */
export type MockScenarioInput = z.input<typeof MockScenario>;
/** The scenario in force (defaults filled in). */
export type MockScenario = z.output<typeof MockScenario>;

export interface ScenarioHandle {
  /** A copy of the scenario in force; `times` shows what is left. */
  get(): MockScenario;
  /** Replaces the scenario; throws a ZodError on an invalid one. */
  set(input: MockScenarioInput): MockScenario;
  /** Back to no latency, no failures, a full store. */
  reset(): MockScenario;
  /**
   * The failure that decides this call, if any. A failure with `times` is used up by the
   * calls it decides, and dropped when none are left.
   */
  takeFailure(endpoint: EndpointKey): MockFailure | null;
}

const copy = (s: MockScenario): MockScenario => ({
  ...s,
  failures: s.failures.map((f) => ({ ...f })),
});

export function createScenario(initial: MockScenarioInput = {}): ScenarioHandle {
  let state = MockScenario.parse(initial);
  return {
    get: () => copy(state),
    set(input) {
      state = MockScenario.parse(input);
      return copy(state);
    },
    reset() {
      state = MockScenario.parse({});
      return copy(state);
    },
    takeFailure(endpoint) {
      const index = state.failures.findIndex((f) => f.endpoint === '*' || f.endpoint === endpoint);
      const failure = state.failures[index];
      if (!failure) return null;
      if (failure.times !== undefined) {
        const left = failure.times - 1;
        state = {
          ...state,
          failures:
            left > 0
              ? state.failures.map((f, i) => (i === index ? { ...f, times: left } : f))
              : state.failures.filter((_, i) => i !== index),
        };
      }
      return { ...failure };
    },
  };
}

/** Parses scenario JSON (from `MOCK_SCENARIO` or a request body); throws with a readable message. */
export function parseScenarioJson(text: string): MockScenario {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('scenario is not valid JSON');
  }
  const result = MockScenario.safeParse(raw);
  if (!result.success) throw new Error(`invalid scenario: ${z.prettifyError(result.error)}`);
  return result.data;
}

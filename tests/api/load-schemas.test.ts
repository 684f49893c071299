import { afterEach, describe, expect, it, vi } from 'vitest';

const SCHEMAS = '../../src/api/contract/response-schemas.ts';
const ZOD = '../../src/lib/zod.ts';

afterEach(() => {
  vi.doUnmock(SCHEMAS);
  vi.doUnmock(ZOD);
  vi.resetModules();
});

/** A fresh client module, as a page load would have (its own record of the load). */
async function freshLoader() {
  vi.resetModules();
  return import('../../src/api/client/load-schemas.ts');
}

describe('loadSchemas', () => {
  it('gives the schemas the client checks answers against', async () => {
    const { loadSchemas } = await freshLoader();
    const { responseSchemas, Problem } = await loadSchemas('GET /me');
    expect(responseSchemas.Me.safeParse({ role: 'nobody' }).success).toBe(false);
    expect(Problem.safeParse({ type: 'about:blank', title: 'x', status: 404 }).success).toBe(true);
  });

  it('turns a failed load into one ApiError for the caller, and asks again next time', async () => {
    vi.doMock(SCHEMAS, () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { loadSchemas } = await freshLoader();
    const error = await loadSchemas('GET /aggregates/breakdown').catch((e: unknown) => e);
    // (A fresh module set has its own ApiError class: compare by name.)
    expect(error).toMatchObject({
      name: 'ApiError',
      kind: 'network',
      endpoint: 'GET /aggregates/breakdown',
      message: expect.stringMatching(/Check your connection and try again/),
    });

    // Back online: Retry loads them, instead of failing on the first attempt's promise.
    vi.doUnmock(SCHEMAS);
    const { responseSchemas } = await loadSchemas('GET /aggregates/breakdown');
    expect(responseSchemas.Breakdown).toBeDefined();
  });

  it('fails the same way, and recovers, when zod itself cannot load', async () => {
    vi.doMock(ZOD, () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { loadSchemas } = await freshLoader();
    const error = await loadSchemas('GET /me').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ApiError', kind: 'network', endpoint: 'GET /me' });

    vi.doUnmock(ZOD);
    // zod fails inside the schemas' own module graph, whose modules vitest keeps as failed:
    // fresh ones, for the loader that failed (it must not hold on to its failed attempt).
    vi.resetModules();
    const { responseSchemas } = await loadSchemas('GET /me');
    expect(responseSchemas.Me.safeParse({ role: 'nobody' }).success).toBe(false);
  });

  it('reads an answer that fits without loading zod, and loads it for one that does not', async () => {
    // zod cannot load at all: an answer that fits is read anyway.
    vi.doMock(SCHEMAS, () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { checkAnswer } = await freshLoader();
    const me = {
      role: 'partner',
      displayName: 'Demo partner',
      organisation: 'Police',
      scope: { kind: 'countries', label: 'Northern Europe', countries: ['GB', 'SE'] },
      suppressionThreshold: 11,
    };
    expect(await checkAnswer('Me', me, 'GET /me')).toEqual({ success: true, data: me });

    // One that does not fit needs zod to say what is wrong; its failed load says so.
    const wrong = { ...me, scope: { kind: 'countries', label: 'Nowhere', countries: [] } };
    const error = await checkAnswer('Me', wrong, 'GET /me').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ApiError', kind: 'network', endpoint: 'GET /me' });

    vi.doUnmock(SCHEMAS);
    const parsed = await checkAnswer('Me', wrong, 'GET /me');
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['scope', 'countries']);
  });
});

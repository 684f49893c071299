import { describe, expect, it } from 'vitest';
import { endpoints } from '../../src/api/contract/endpoints.ts';
import { BatchResponse } from '../../src/api/contract/batch-schemas.ts';
import { ANALYST_TOKEN } from '../../mocks/personas.ts';
import { startedMockApi } from './started-mock-api.ts';

/**
 * `POST /batch` over real HTTP, from another origin as the dashboard calls it: the one
 * preflight it costs must be allowed, and the batch must come back readable, with timing.
 */

const mockApi = startedMockApi();
const ORIGIN = 'http://localhost:5173';
const auth = { Authorization: `Bearer ${ANALYST_TOKEN}` };
const paths = [
  endpoints.metadata,
  `${endpoints.breakdown}?dimension=status`,
  endpoints.countryBins,
];
const postBatch = () =>
  fetch(`${mockApi().apiUrl}${endpoints.batch}`, {
    method: 'POST',
    headers: { ...auth, Origin: ORIGIN, 'Content-Type': 'application/json' },
    body: JSON.stringify({ requests: paths.map((path) => ({ path })) }),
  });

describe('POST /batch over HTTP', () => {
  it('allows the preflight of a JSON POST with a bearer token', async () => {
    const response = await fetch(`${mockApi().apiUrl}${endpoints.batch}`, {
      method: 'OPTIONS',
      headers: {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(response.headers.get('access-control-allow-methods')).toMatch(/\bPOST\b/);
    const allowed = response.headers.get('access-control-allow-headers')?.split(/\s*,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type']));
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
  });

  it('answers each read as its lone GET does, with Server-Timing on the batch', async () => {
    const response = await postBatch();
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(response.headers.get('server-timing')).toMatch(/^app;dur=\d+(\.\d+)?, store;dur=/);
    const { responses } = BatchResponse.parse(await response.json());
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    for (const [i, path] of paths.entries()) {
      const alone = await fetch(`${mockApi().apiUrl}${path}`, { headers: auth });
      expect(JSON.parse(responses[i]!.body), path).toEqual(await alone.json());
    }
  });

  it("drops the connection when a sub-request's does ('network')", async () => {
    await fetch(`${mockApi().url}/__mock/scenario`, {
      method: 'PUT',
      body: JSON.stringify({ failures: [{ endpoint: 'countryBins', kind: 'network' }] }),
    });
    await expect(postBatch()).rejects.toThrow();
  });
});

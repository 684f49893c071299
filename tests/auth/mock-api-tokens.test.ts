import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '../../src/api/contract/common-schemas.ts';
import { Me } from '../../src/api/contract/session-schemas.ts';
import { readMockApiEnv, startMockApi, type MockApi } from '../../mocks/http-server.ts';
import { startTestIssuer, type TestIssuer } from './test-issuer.ts';

/** `npm run mock-api` given an issuer: real access tokens in, persona rights out. */

let issuer: TestIssuer;
let strict: MockApi; // real tokens only
let mixed: MockApi; // real tokens and the demo personas

beforeAll(async () => {
  issuer = await startTestIssuer();
  const oidc = { issuer: issuer.issuer, audience: issuer.audience };
  [strict, mixed] = await Promise.all([
    startMockApi({ port: 0, reports: 2000, oidc, demoTokens: false }),
    startMockApi({ port: 0, reports: 2000, oidc }),
  ]);
});
afterAll(async () => {
  await Promise.all([strict.close(), mixed.close(), issuer.close()]);
});

const get = (api: MockApi, path: string, token: string) =>
  fetch(`${api.apiUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });

async function expectProblem(response: Response, status: number, detail: RegExp) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  expect(response.headers.get('www-authenticate')).toMatch(/^Bearer error="/);
  const body = Problem.parse(await response.json());
  expect(body).toMatchObject({ status, detail: expect.stringMatching(detail) });
}

describe('the mocked intake API with an issuer', () => {
  it('answers /me from the token: the person, their organisation, role and scope', async () => {
    const analyst = await issuer.sign({
      intake_role: 'analyst',
      name: 'Alex Analyst',
      intake_org: 'Intake team',
    });
    const me = Me.parse(await (await get(strict, '/me', analyst)).json());
    expect(me).toMatchObject({
      role: 'analyst',
      displayName: 'Alex Analyst',
      organisation: 'Intake team',
      scope: { kind: 'all' },
    });

    const partner = await issuer.sign({
      intake_role: 'partner',
      intake_region: '154',
      name: 'Pat Partner',
      intake_org: 'Nordic Police Liaison',
    });
    const partnerMe = Me.parse(await (await get(strict, '/me', partner)).json());
    expect(partnerMe).toMatchObject({
      role: 'partner',
      displayName: 'Pat Partner',
      organisation: 'Nordic Police Liaison',
      scope: { kind: 'countries', label: 'Northern Europe' },
    });
    expect(partnerMe.scope.kind === 'countries' && partnerMe.scope.countries).toContain('SE');
  });

  it('gives a partner token a partner’s rights: no reports', async () => {
    const partner = await issuer.sign({ intake_role: 'partner', intake_region: '154' });
    expect((await get(strict, '/reports', partner)).status).toBe(403);
    const analyst = await issuer.sign({ intake_role: 'analyst' });
    expect((await get(strict, '/reports', analyst)).status).toBe(200);
  });

  it('answers an expired, forged or misdirected token with 401 problem details', async () => {
    await expectProblem(
      await get(strict, '/me', await issuer.sign({ intake_role: 'analyst' }, { expiresIn: -30 })),
      401,
      /expired/,
    );
    await expectProblem(
      await get(strict, '/me', await issuer.sign({ intake_role: 'analyst' }, { foreignKey: true })),
      401,
      /not signed/,
    );
    await expectProblem(
      await get(strict, '/metadata', await issuer.sign({ intake_role: 'analyst' }, { audience: 'x' })),
      401,
      /not meant/,
    );
  });

  it('refuses a valid token that grants no intake role, or a partner without a known region, with 403', async () => {
    await expectProblem(await get(strict, '/me', await issuer.sign({})), 403, /no role/);
    await expectProblem(
      await get(strict, '/me', await issuer.sign({ intake_role: 'partner', intake_region: '999' })),
      403,
      /sub-region/,
    );
  });

  it('takes the demo persona tokens unless they are turned off', async () => {
    expect((await get(mixed, '/me', 'demo-analyst')).status).toBe(200);
    await expectProblem(await get(strict, '/me', 'demo-analyst'), 401, /access token/);
    // A JWT is always checked, demo tokens or not.
    await expectProblem(
      await get(mixed, '/me', await issuer.sign({ intake_role: 'analyst' }, { expiresIn: -30 })),
      401,
      /expired/,
    );
  });
});

describe('readMockApiEnv with an issuer', () => {
  it('reads the issuer, audience and the demo-token switch, both OIDC settings or neither', () => {
    expect(
      readMockApiEnv({
        MOCK_OIDC_ISSUER: 'http://127.0.0.1:9000',
        MOCK_OIDC_AUDIENCE: 'https://intake.test/api',
        MOCK_DEMO_TOKENS: 'false',
      }),
    ).toMatchObject({
      oidc: { issuer: 'http://127.0.0.1:9000', audience: 'https://intake.test/api' },
      demoTokens: false,
    });
    expect(() => readMockApiEnv({ MOCK_OIDC_ISSUER: 'http://127.0.0.1:9000' })).toThrow(
      /together/,
    );
    expect(() =>
      readMockApiEnv({ MOCK_OIDC_ISSUER: 'issuer', MOCK_OIDC_AUDIENCE: 'a' }),
    ).toThrow(/http/);
    expect(() => readMockApiEnv({ MOCK_DEMO_TOKENS: 'no' })).toThrow(/MOCK_DEMO_TOKENS/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import {
  createAccessTokenVerifier,
  TokenRejected,
  type AccessTokenVerifier,
} from '../../mocks/auth/verify-access-token.ts';
import { startTestIssuer, type TestIssuer } from './test-issuer.ts';

let issuer: TestIssuer;
let verify: AccessTokenVerifier;

beforeAll(async () => {
  issuer = await startTestIssuer();
  verify = createAccessTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience });
});
afterAll(() => issuer.close());

const rejection = async (token: string) => {
  const error = await verify(token).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TokenRejected);
  return (error as TokenRejected).message;
};

describe('createAccessTokenVerifier', () => {
  it('accepts a token signed with a published key, for the API, in date', async () => {
    const payload = await verify(await issuer.sign({ intake_role: 'analyst' }));
    expect(payload).toMatchObject({ sub: 'user-1', intake_role: 'analyst', iss: issuer.issuer });
  });

  it('refuses an expired token', async () => {
    expect(await rejection(await issuer.sign({}, { expiresIn: -60 }))).toBe(
      'The access token has expired.',
    );
  });

  it('refuses a token for another audience or from another issuer', async () => {
    expect(await rejection(await issuer.sign({}, { audience: 'https://other.api' }))).toMatch(
      /not meant for the intake API/,
    );
    expect(await rejection(await issuer.sign({}, { issuer: 'https://evil.example' }))).toMatch(
      /another issuer/,
    );
  });

  it('refuses a token signed with a key the issuer does not publish', async () => {
    expect(await rejection(await issuer.sign({}, { foreignKey: true }))).toMatch(/not signed/);
  });

  it('refuses a forged signature, HMAC and unsigned tokens', async () => {
    const good = await issuer.sign({ intake_role: 'partner', intake_region: '154' });
    const [header, , signature] = good.split('.');
    const escalated = Buffer.from(
      JSON.stringify({ sub: 'user-1', intake_role: 'analyst', aud: issuer.audience, iss: issuer.issuer, exp: 9e9 }),
    ).toString('base64url');
    expect(await rejection(`${header}.${escalated}.${signature}`)).toMatch(/not signed/);

    const hmac = await new SignJWT({ sub: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(issuer.issuer)
      .setAudience(issuer.audience)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a shared secret of at least 32 bytes!!'));
    expect(await rejection(hmac)).toMatch(/algorithm/);

    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${escalated}.`;
    await expect(verify(none)).rejects.toBeInstanceOf(TokenRejected);
  });

  it('says the keys are unavailable when the issuer cannot be reached (not the caller’s fault)', async () => {
    const offline = createAccessTokenVerifier({
      issuer: 'http://127.0.0.1:9',
      audience: issuer.audience,
    });
    const error = await offline(await issuer.sign({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TokenRejected);
    expect((error as Error).message).toMatch(/keys are unavailable/);
  });
});

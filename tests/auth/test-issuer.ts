import http from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type CryptoKey } from 'jose';

/**
 * A stand-in token issuer for unit tests: a discovery document and a JWKS over real HTTP on
 * 127.0.0.1, and a signer for tokens with any claims, lifetime, audience or key.
 */
export interface TestIssuer {
  issuer: string;
  audience: string;
  sign(claims: JWTPayload, opts?: SignOptions): Promise<string>;
  close(): Promise<void>;
}

interface SignOptions {
  /** Seconds from now; negative for an expired token. Default 300. */
  expiresIn?: number;
  audience?: string;
  issuer?: string;
  /** Sign with a key the issuer does not publish. */
  foreignKey?: boolean;
}

export async function startTestIssuer(audience = 'https://intake.test/api'): Promise<TestIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  let issuer = '';
  const server = http.createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/.well-known/openid-configuration') {
      res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
    } else if (req.url === '/jwks') {
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  issuer = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const sign = (claims: JWTPayload, opts: SignOptions = {}) => {
    const now = Math.floor(Date.now() / 1000);
    const key: CryptoKey = opts.foreignKey ? foreign.privateKey : privateKey;
    return new SignJWT({ sub: 'user-1', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1', typ: 'at+jwt' })
      .setIssuer(opts.issuer ?? issuer)
      .setAudience(opts.audience ?? audience)
      .setIssuedAt(now - 10)
      .setExpirationTime(now + (opts.expiresIn ?? 300))
      .sign(key);
  };
  return {
    issuer,
    audience,
    sign,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

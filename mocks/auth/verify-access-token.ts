import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

/**
 * What the intake API must check of an access token, done with `jose`: a signature by one of
 * the issuer's published keys (JWKS, found through its discovery document), one of a few
 * asymmetric algorithms (never `none`, never HMAC with a public key), the issuer, the
 * intake API as audience, and a time window (`exp` required, `nbf` honoured).
 */

export interface TokenIssuer {
  /** The provider's issuer identifier, exactly as it puts it in `iss`. */
  issuer: string;
  /** The intake API's identifier at the provider; tokens for anything else are refused. */
  audience: string;
  /** Where the keys are; by default read from `<issuer>/.well-known/openid-configuration`. */
  jwksUri?: string;
  /** Allowed clock difference with the provider. Default 5 s. */
  clockToleranceSeconds?: number;
}

const ACCEPTED_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

/** The token was not accepted; `reason` is safe to send back (it names no secret). */
export class TokenRejected extends Error {}

export type AccessTokenVerifier = (token: string) => Promise<JWTPayload>;

async function discoverJwksUri(issuer: string): Promise<string> {
  const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`discovery at ${url} answered ${response.status}`);
  const doc = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
  // RFC 8414: the document must name the issuer it was fetched for.
  if (doc.issuer !== issuer) throw new Error(`discovery at ${url} names another issuer`);
  if (typeof doc.jwks_uri !== 'string') throw new Error(`discovery at ${url} has no jwks_uri`);
  return doc.jwks_uri;
}

export function createAccessTokenVerifier(options: TokenIssuer): AccessTokenVerifier {
  const { issuer, audience, clockToleranceSeconds = 5 } = options;
  // Found on first use (the provider may start after the API), then kept; jose caches the
  // keys and refetches them when a token names a key it has not seen (key rotation).
  let keys: Promise<JWTVerifyGetKey> | null = null;
  const getKeys = () =>
    (keys ??= (options.jwksUri ? Promise.resolve(options.jwksUri) : discoverJwksUri(issuer))
      .then((uri) => createRemoteJWKSet(new URL(uri)))
      .catch((error: unknown) => {
        keys = null; // try again at the next request
        throw error;
      }));

  return async (token) => {
    let jwks: JWTVerifyGetKey;
    try {
      jwks = await getKeys();
    } catch (error) {
      throw new Error(
        `The token issuer's keys are unavailable: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    try {
      const { payload } = await jwtVerify(token, jwks, {
        issuer,
        audience,
        algorithms: ACCEPTED_ALGORITHMS,
        clockTolerance: clockToleranceSeconds,
        requiredClaims: ['exp', 'sub'],
      });
      return payload;
    } catch (error) {
      throw new TokenRejected(rejectionReason(error));
    }
  };
}

function rejectionReason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The access token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'The access token is not meant for the intake API.';
    if (error.claim === 'iss') return 'The access token comes from another issuer.';
    if (error.claim === 'nbf') return 'The access token is not valid yet.';
    return `The access token lacks a valid "${error.claim}" claim.`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return 'The access token is not signed by the issuer.';
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The access token uses an algorithm that is not accepted.';
  return 'The access token is malformed.';
}

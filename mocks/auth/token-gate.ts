import { API_BASE_PATH, endpoints } from '../../src/api/contract/endpoints.ts';
import type { Region } from '../db/intake-db.ts';
import { bearerToken } from '../personas.ts';
import { problem, problemResponse } from '../problem.ts';
import { identityFromClaims, NoIntakeAccess, type TokenIdentity } from './claims-identity.ts';
import { TokenRejected, type AccessTokenVerifier } from './verify-access-token.ts';

/**
 * In front of the mocked intake API's handlers (HTTP server only): a request carrying a JWT
 * must carry a valid one, which is checked against the issuer and exchanged for the persona
 * with the same rights; an invalid or expired one gets 401 problem details and never reaches
 * a handler. Demo persona tokens pass untouched unless turned off.
 */

export interface TokenGateOptions {
  verify: AccessTokenVerifier;
  regions: () => ReadonlyMap<string, Region>;
  /** Let `demo-analyst` and `demo-partner-…` through (default true). */
  demoTokens?: boolean;
}

type GateResult =
  | { kind: 'refuse'; response: Response }
  | { kind: 'pass'; request: Request; identity: TokenIdentity | null };

export type TokenGate = (request: Request) => Promise<GateResult>;

// Three base64url parts: header.payload.signature. Demo tokens never look like this.
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]+$/;

function refuse(status: 401 | 403, detail: string, error: string): GateResult {
  const challenge = `Bearer error="${error}", error_description="${detail.replace(/["\\]/g, '')}"`;
  return {
    kind: 'refuse',
    response: problemResponse(problem(status, detail), { 'WWW-Authenticate': challenge }),
  };
}

export function createTokenGate({ verify, regions, demoTokens = true }: TokenGateOptions): TokenGate {
  return async (request) => {
    const { pathname } = new URL(request.url);
    if (!pathname.startsWith(`${API_BASE_PATH}/`)) return { kind: 'pass', request, identity: null };
    const token = bearerToken(request.headers.get('Authorization'));
    if (token === null || !JWT_SHAPE.test(token)) {
      if (demoTokens) return { kind: 'pass', request, identity: null };
      return refuse(401, 'A bearer access token from the sign-in provider is required.', 'invalid_token');
    }
    let identity: TokenIdentity;
    try {
      identity = identityFromClaims(await verify(token), regions());
    } catch (error) {
      if (error instanceof TokenRejected) return refuse(401, error.message, 'invalid_token');
      if (error instanceof NoIntakeAccess) return refuse(403, error.message, 'insufficient_scope');
      throw error; // the issuer's keys are unavailable: a server fault (500), not the caller's
    }
    const headers = new Headers(request.headers);
    headers.set('Authorization', `Bearer ${identity.personaToken}`);
    return { kind: 'pass', request: new Request(request, { headers }), identity };
  };
}

/** `/me` answers with the signed-in person's name and organisation, not the persona's. */
export async function personaliseMe(
  request: Request,
  response: Response,
  identity: TokenIdentity | null,
): Promise<Response> {
  if (!identity || response.status !== 200) return response;
  if (new URL(request.url).pathname !== `${API_BASE_PATH}${endpoints.me}`) return response;
  const me = (await response.json()) as Record<string, unknown>;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(
    JSON.stringify({ ...me, displayName: identity.displayName, organisation: identity.organisation }),
    { status: 200, headers },
  );
}

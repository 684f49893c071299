import type { JWTPayload } from 'jose';
import type { Region } from '../db/intake-db.ts';
import { ANALYST_TOKEN, partnerToken } from '../personas.ts';

/**
 * From the access token's claims to who the caller is for the intake API. The provider puts
 * these claims in the token (see README, "Sign-in (OpenID Connect)"):
 *  - `intake_role`: "analyst", or "partner" for a partner agency;
 *  - `intake_region`: a partner's UN M49 sub-region code (its data scope), e.g. "154";
 *  - `intake_org`: the organisation's name; `name`: the person's.
 * The mock's rights come from its personas, so a checked token is mapped to the persona with
 * the same role and scope; the name and organisation are the token's own.
 */

const CLAIMS = {
  role: 'intake_role',
  region: 'intake_region',
  organisation: 'intake_org',
} as const;

export interface TokenIdentity {
  /** The persona whose rights apply (role and scope). */
  personaToken: string;
  subject: string;
  displayName: string;
  organisation: string;
}

/** Signed in, but the token grants no access to the intake API (→ 403). */
export class NoIntakeAccess extends Error {}

const text = (v: unknown, max = 200): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, max) : undefined;

export function identityFromClaims(
  claims: JWTPayload,
  regions: ReadonlyMap<string, Region>,
): TokenIdentity {
  const subject = text(claims.sub) ?? '';
  const displayName = text(claims.name) ?? text(claims.preferred_username) ?? subject;
  const role = claims[CLAIMS.role];
  if (role === 'analyst') {
    return {
      personaToken: ANALYST_TOKEN,
      subject,
      displayName,
      organisation: text(claims[CLAIMS.organisation]) ?? 'Intake team',
    };
  }
  if (role === 'partner') {
    const code = text(claims[CLAIMS.region], 3);
    const region = code === undefined ? undefined : regions.get(code);
    if (!region || region.countries.length === 0) {
      throw new NoIntakeAccess(
        `A partner's token must carry "${CLAIMS.region}", a known UN M49 sub-region code.`,
      );
    }
    return {
      personaToken: partnerToken(region.code),
      subject,
      displayName,
      organisation: text(claims[CLAIMS.organisation]) ?? `Partner agency — ${region.name}`,
    };
  }
  throw new NoIntakeAccess(`The token grants no role for the intake API ("${CLAIMS.role}").`);
}

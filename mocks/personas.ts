import type { Caller, Region } from './db/intake-db.ts';
import type { Me } from '../src/api/contract/session-schemas.ts';

/**
 * The demo personas of the mocked intake API. A bearer token names one: `demo-analyst`, or
 * `demo-partner-<UN M49 sub-region code>` for a partner agency scoped to that sub-region.
 * There is no real authentication here; the point is that every role and scope the
 * dashboard must handle can be reached from a URL or a test.
 */

export const ANALYST_TOKEN = 'demo-analyst';
export const PARTNER_TOKEN_PREFIX = 'demo-partner-';
/** k = 11, as CTDC (IOM) publishes; a deployment may choose another. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 11;

export const partnerToken = (regionCode: string) => `${PARTNER_TOKEN_PREFIX}${regionCode}`;

export interface Persona {
  /** The token that named this persona; the audit log records it as "who". */
  token: string;
  caller: Caller;
  me: Me;
}

/** The token out of an `Authorization: Bearer …` header, or null. */
export function bearerToken(authorization: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}

/** Null for a missing, malformed or unknown token, or an unknown region code (→ 401). */
export function resolvePersona(
  authorization: string | null,
  regions: ReadonlyMap<string, Region>,
  k: number,
): Persona | null {
  const token = bearerToken(authorization);
  if (token === null) return null;
  if (token === ANALYST_TOKEN) {
    return {
      token,
      caller: { role: 'analyst', scopeCountries: null, k },
      me: {
        role: 'analyst',
        displayName: 'Demo analyst',
        organisation: 'Intake team (demo)',
        scope: { kind: 'all' },
        suppressionThreshold: k,
      },
    };
  }
  if (!token.startsWith(PARTNER_TOKEN_PREFIX)) return null;
  const region = regions.get(token.slice(PARTNER_TOKEN_PREFIX.length));
  if (!region || region.countries.length === 0) return null;
  return {
    token,
    caller: { role: 'partner', scopeCountries: new Set(region.countries), k },
    me: {
      role: 'partner',
      displayName: `Demo partner (${region.name})`,
      organisation: `Partner agency — ${region.name}`,
      scope: { kind: 'countries', label: region.name, countries: [...region.countries] },
      suppressionThreshold: k,
    },
  };
}

/** Every persona a demo can switch to: the analyst, then one partner per sub-region. */
export function listPersonaTokens(regions: Iterable<Region>): { token: string; label: string }[] {
  return [
    { token: ANALYST_TOKEN, label: 'Analyst (all countries)' },
    ...[...regions].map((r) => ({
      token: partnerToken(r.code),
      label: `Partner agency — ${r.name}`,
    })),
  ];
}

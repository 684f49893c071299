import type { Role } from '../../api/contract/session-schemas.ts';

/**
 * The demo personas the switcher offers (mock mode and the demo HTTP server only). Their
 * tokens are what the mocked intake API understands: `demo-analyst`, `demo-partner-<M49>`.
 * Defined here rather than imported from `mocks/` so no mock code reaches a real build.
 */

export interface Persona {
  token: string;
  label: string;
  /** Known up front so the switcher can leave a page the new role may not see. */
  role: Role;
}

export const ANALYST_PERSONA: Persona = {
  token: 'demo-analyst',
  label: 'Analyst',
  role: 'analyst',
};

const partnerRegions: [code: string, name: string][] = [
  ['154', 'Northern Europe'],
  ['039', 'Southern Europe'],
  ['014', 'Eastern Africa'],
  ['035', 'South-eastern Asia'],
  ['021', 'Northern America'],
];

export const demoPersonas: readonly Persona[] = [
  ANALYST_PERSONA,
  ...partnerRegions.map(([code, name]) => ({
    token: `demo-partner-${code}`,
    label: `Partner — ${name}`,
    role: 'partner' as const,
  })),
];

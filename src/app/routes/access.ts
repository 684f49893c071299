import type { Role } from '../../api/contract/session-schemas.ts';

/** Partners never see reports: not the list, not one case (the API refuses them too). */
export function isAllowed(pathname: string, role: Role): boolean {
  return role === 'analyst' || !/^\/cases(\/|$)/.test(pathname);
}

import type { Me } from '../../../api/contract/session-schemas.ts';
import type { Disclosure } from './map-types.ts';

/**
 * What the map may show to whoever is signed in. The API enforces both; the map applies them
 * again, as it is what draws (see `disclosed` and `inScopeCountries`).
 */
export function disclosureFor(me: Pick<Me, 'role' | 'suppressionThreshold'>): Disclosure {
  return { k: me.suppressionThreshold, suppressSmall: me.role === 'partner' };
}

export interface MapScope {
  label: string;
  countries: readonly string[];
}

/** The partner's countries; null for everyone who sees the whole world. */
export function scopeFor(me: Pick<Me, 'scope'>): MapScope | null {
  return me.scope.kind === 'countries'
    ? { label: me.scope.label, countries: me.scope.countries }
    : null;
}

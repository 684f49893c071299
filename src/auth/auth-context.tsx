import { createContext, useContext, type ReactNode } from 'react';
import type { OidcSession } from './oidc-session-types.ts';

const OidcSessionContext = createContext<OidcSession | null>(null);

/** The OpenID Connect session, or null when the dashboard runs on demo personas. */
export function OidcSessionProvider({
  session,
  children,
}: {
  session: OidcSession | null;
  children: ReactNode;
}) {
  return <OidcSessionContext value={session}>{children}</OidcSessionContext>;
}

export function useOidcSession(): OidcSession | null {
  return useContext(OidcSessionContext);
}

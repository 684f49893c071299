import { useState, useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useOidcSession } from './auth-context.tsx';
import type { OidcSession } from './oidc-session-types.ts';

/** "Sign out" in the header; "Sign in again" once the session could not be renewed. */
export function SessionControls() {
  const session = useOidcSession();
  return session ? <Controls session={session} /> : null;
}

function Controls({ session }: { session: OidcSession }) {
  const queryClient = useQueryClient();
  const status = useSyncExternalStore(session.subscribe, session.getStatus);
  const [leaving, setLeaving] = useState(false);

  if (status === 'expired') {
    return (
      <button type="button" onClick={() => void session.signIn()}>
        Sign in again
      </button>
    );
  }
  return (
    <button
      type="button"
      disabled={leaving}
      onClick={() => {
        setLeaving(true);
        // Nothing fetched for this user stays behind: stop what is in flight, drop every
        // cached response, then forget the tokens and end the provider's session.
        void queryClient.cancelQueries();
        queryClient.clear();
        session.signOut().catch(() => setLeaving(false));
      }}
    >
      {leaving ? 'Signing out…' : 'Sign out'}
    </button>
  );
}

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { demoPersonas, type Persona } from './personas.ts';
import { sessionToken } from './session-token.ts';

interface SessionValue {
  /** The personas to switch between; null when the API is real (no switcher). */
  personas: readonly Persona[] | null;
  /** The demo persona in use; null with a real API. */
  persona: Persona | null;
  /** Bumped at each switch; the layout remounts every data consumer on it. */
  epoch: number;
  switchPersona: (token: string) => void;
}

const SessionContext = createContext<SessionValue | null>(null);

interface SessionProviderProps {
  /** Offer the demo personas (mock mode, or the demo HTTP server). */
  demo: boolean;
  /** The persona to start as (tests start as a partner); the analyst by default. */
  initialToken?: string;
  children: ReactNode;
}

export function SessionProvider({ demo, initialToken, children }: SessionProviderProps) {
  const queryClient = useQueryClient();
  const [state, setState] = useState(() => {
    const persona = demo
      ? (demoPersonas.find((p) => p.token === initialToken) ?? demoPersonas[0]!)
      : null;
    // Set before the first render's queries start, which happens before any effect here runs.
    // A real API's token will come from the OIDC work; until then there is none (the API
    // answers 401 and the views say to sign in).
    sessionToken.set(persona?.token ?? null);
    return { persona, epoch: 0 };
  });

  const switchPersona = useCallback(
    (token: string) => {
      const persona = demoPersonas.find((p) => p.token === token);
      if (!demo || !persona) return;
      sessionToken.set(persona.token);
      // Nothing fetched as one persona may be shown to another: stop what is in flight,
      // then drop every cached response (clear, not invalidate: no stale data on screen).
      void queryClient.cancelQueries();
      queryClient.clear();
      setState((s) => ({ persona, epoch: s.epoch + 1 }));
    },
    [demo, queryClient],
  );

  const value = useMemo(
    () => ({
      personas: demo ? demoPersonas : null,
      persona: state.persona,
      epoch: state.epoch,
      switchPersona,
    }),
    [demo, state, switchPersona],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

import { useId } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../session/session-provider.tsx';
import { isAllowed } from '../routes/access.ts';

/**
 * Demo only (mock mode or the demo HTTP server): view the dashboard as the analyst or as a
 * partner agency. Switching drops every cached response (see SessionProvider).
 */
export function PersonaSwitcher() {
  const { personas, persona, switchPersona } = useSession();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const id = useId();
  if (!personas || !persona) return null;

  return (
    <div className="field field-inline persona-switcher">
      <label htmlFor={id}>View as</label>
      <select
        id={id}
        value={persona.token}
        onChange={(e) => {
          const next = personas.find((p) => p.token === e.target.value);
          if (!next) return;
          if (!isAllowed(pathname, next.role)) navigate({ pathname: '/', search });
          switchPersona(next.token);
        }}
      >
        {personas.map((p) => (
          <option key={p.token} value={p.token}>
            {p.label}
          </option>
        ))}
      </select>
    </div>
  );
}

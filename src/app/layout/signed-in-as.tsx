import type { Me } from '../../api/contract/session-schemas.ts';
import { useMe } from '../../api/session/me-query.ts';

export function roleLabel(me: Me): string {
  if (me.role === 'analyst') return 'Analyst';
  return me.scope.kind === 'countries' ? `Partner (${me.scope.label})` : 'Partner';
}

/** "Demo analyst · Analyst": who the API says is signed in, and as what. */
export function SignedInAs() {
  const me = useMe();
  if (me.data) {
    return (
      <p className="signed-in-as" title={me.data.organisation}>
        <span className="visually-hidden">Signed in as </span>
        {me.data.displayName} · {roleLabel(me.data)}
      </p>
    );
  }
  // The views explain a failure in full (e.g. "sign in again"); the header just says so.
  return <p className="signed-in-as">{me.isError ? 'Not signed in' : 'Signing in…'}</p>;
}

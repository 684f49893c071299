import type { Me } from '../../api/contract/session-schemas.ts';
import { useMe } from '../../api/session/me-query.ts';

export function roleLabel(me: Me): string {
  if (me.role === 'analyst') return 'Analyst';
  return me.scope.kind === 'countries' ? `Partner (${me.scope.label})` : 'Partner';
}

/**
 * "Demo analyst · Analyst — Intake team (demo)": who the API says is signed in, as what
 * role and scope, for which organisation.
 */
export function SignedInAs() {
  const me = useMe();
  if (me.data) {
    return (
      <p className="signed-in-as">
        <span className="visually-hidden">Signed in as </span>
        {me.data.displayName} · {roleLabel(me.data)}
        {/* Which organisation's rights apply, not just a tooltip: partners must know. */}
        <span className="signed-in-org"> — {me.data.organisation}</span>
      </p>
    );
  }
  // The views explain a failure in full (e.g. "sign in again"); the header just says so.
  return <p className="signed-in-as">{me.isError ? 'Not signed in' : 'Signing in…'}</p>;
}

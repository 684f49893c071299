import { useState } from 'react';

interface SignedOutPageProps {
  signIn: () => Promise<void>;
  /** Why sign-in did not complete (the provider's or the library's words), if it failed. */
  failure?: string;
}

/**
 * Shown after sign-out (the provider's session has ended, nothing of the user's is left in
 * the page) and when sign-in did not complete. Signing in again is the user's choice.
 */
export function SignedOutPage({ signIn, failure }: SignedOutPageProps) {
  const [leaving, setLeaving] = useState(false);
  return (
    <main className="standalone-page">
      <h1>{failure === undefined ? 'You have signed out' : 'Sign-in did not complete'}</h1>
      {failure === undefined ? (
        <p>Your session with the intake dashboard and with your organisation’s sign-in has ended.</p>
      ) : (
        // Plain text: the reason may quote the provider's error description.
        <p>The sign-in service could not be reached or refused: {failure}</p>
      )}
      <button
        type="button"
        disabled={leaving}
        onClick={() => {
          setLeaving(true);
          signIn().catch(() => setLeaving(false));
        }}
      >
        Sign in
      </button>
    </main>
  );
}

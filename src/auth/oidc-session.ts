import type { User, UserManager } from 'oidc-client-ts';
import type { OidcConfig } from '../lib/config.ts';
import { CALLBACK_PATH, SIGNED_OUT_PATH, returnPathOf, safeReturnPath } from './auth-paths.ts';
import { clearOidcStorage } from './oidc-storage.ts';
import type { OidcSession, OidcSessionStatus } from './oidc-session-types.ts';
import { createUserManager } from './user-manager.ts';

/**
 * Start-up with OpenID Connect. Every page load is one of:
 *  - the provider's answer at /auth/callback: exchange the code (PKCE), go back to the page
 *    the user asked for, filters and all;
 *  - the provider's return after sign-out at /auth/signed-out: say so, sign nobody in;
 *  - anything else: tokens live in memory only, so there is no user yet; go to the
 *    provider, which signs a user with a live session straight back in.
 */

type AuthStart =
  | { kind: 'signed-in'; session: OidcSession }
  | { kind: 'redirecting' }
  | { kind: 'signed-out'; signIn: () => Promise<void> }
  | { kind: 'failed'; reason: string; signIn: () => Promise<void> };

/** A token this close to expiry is renewed before use rather than sent to be refused. */
const MIN_TOKEN_SECONDS = 5;

export async function startOidcSession(
  oidc: OidcConfig,
  win: Window = window,
  manager: UserManager = createUserManager(oidc, win),
): Promise<AuthStart> {
  const signInTo = (returnTo: string) => () =>
    manager.signinRedirect({ state: safeReturnPath(returnTo) });
  const { pathname } = win.location;

  if (pathname === SIGNED_OUT_PATH) {
    // Reads and drops the pending sign-out request, if the provider sent its state back.
    await manager.signoutCallback().catch(() => undefined);
    clearOidcStorage(win.sessionStorage);
    win.history.replaceState(null, '', SIGNED_OUT_PATH);
    return { kind: 'signed-out', signIn: signInTo('/') };
  }

  if (pathname === CALLBACK_PATH) {
    try {
      const user = await manager.signinCallback();
      if (!user) throw new Error('The provider did not sign anyone in.');
      win.history.replaceState(null, '', safeReturnPath(user.state));
      return { kind: 'signed-in', session: createOidcSession(manager, user, win) };
    } catch (error) {
      win.history.replaceState(null, '', '/');
      return {
        kind: 'failed',
        reason: error instanceof Error ? error.message : String(error),
        signIn: signInTo('/'),
      };
    } finally {
      // Whatever happened, no pending request (PKCE verifier, nonce) outlives the answer.
      clearOidcStorage(win.sessionStorage);
    }
  }

  const returnTo = returnPathOf(win.location);
  try {
    await signInTo(returnTo)();
    return { kind: 'redirecting' };
  } catch (error) {
    // The provider's discovery document could not be read (down, misconfigured, blocked).
    return {
      kind: 'failed',
      reason: error instanceof Error ? error.message : String(error),
      signIn: signInTo(returnTo),
    };
  }
}

function createOidcSession(manager: UserManager, first: User, win: Window): OidcSession {
  let user: User | null = first;
  let status: OidcSessionStatus = 'active';
  let renewing: Promise<User | null> | null = null;
  const listeners = new Set<() => void>();
  const setStatus = (next: OidcSessionStatus) => {
    if (status === next) return;
    status = next;
    for (const listener of listeners) listener();
  };

  manager.events.addUserLoaded((loaded) => {
    user = loaded;
    setStatus('active');
  });
  // The refresh failed (provider session ended, refresh token revoked): once the access
  // token runs out the API will refuse it, so say so instead of failing view by view.
  manager.events.addAccessTokenExpired(() => setStatus('expired'));
  manager.events.addSilentRenewError(() => {
    if (!user || (user.expires_in ?? 0) <= 0) setStatus('expired');
  });

  const renew = () =>
    (renewing ??= manager.signinSilent().finally(() => {
      renewing = null;
    }));

  return {
    getToken() {
      if (!user) return null;
      // At hand, not a promise: see OidcSession.getToken.
      if ((user.expires_in ?? Infinity) > MIN_TOKEN_SECONDS) return user.access_token;
      // The timer did not get to it (a sleeping laptop, a throttled tab): renew now.
      return renew().then(
        (renewed) => renewed?.access_token ?? null,
        () => {
          setStatus('expired');
          return null;
        },
      );
    },
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signIn: () => manager.signinRedirect({ state: returnPathOf(win.location) }),
    async signOut() {
      manager.stopSilentRenew();
      // A refresh token could outlive the provider session at some providers: revoke it
      // first. Not every provider has a revocation endpoint, so a failure does not stop sign-out.
      await manager.revokeTokens(['refresh_token']).catch(() => undefined);
      const idToken = user?.id_token;
      user = null;
      clearOidcStorage(win.sessionStorage);
      // Removes the user from memory, then leaves for the provider's end-session endpoint,
      // which ends its session and sends the browser to /auth/signed-out.
      await manager.signoutRedirect(idToken ? { id_token_hint: idToken } : {});
    },
  };
}

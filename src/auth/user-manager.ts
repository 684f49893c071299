import {
  InMemoryWebStorage,
  UserManager,
  WebStorageStateStore,
  type UserManagerSettings,
} from 'oidc-client-ts';
import type { OidcConfig } from '../lib/config.ts';
import { CALLBACK_PATH, SIGNED_OUT_PATH } from './auth-paths.ts';
import { STATE_PREFIX } from './oidc-storage.ts';

/**
 * Renew this long before the access token expires. Less than oidc-client-ts's default (60 s)
 * so that short-lived tokens (a few minutes, or the e2e provider's 40 s) still live most of
 * their life, yet enough for a slow network.
 */
const RENEW_BEFORE_EXPIRY_SECONDS = 30;

/** `openid` for the ID token (who), `profile` for the name; the API's rights are in the access token. */
const OIDC_SCOPE = 'openid profile';

export function userManagerSettings(
  oidc: OidcConfig,
  origin: string,
  sessionStore: Storage,
): UserManagerSettings {
  return {
    authority: oidc.authority,
    client_id: oidc.clientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}${SIGNED_OUT_PATH}`,
    // Authorization code flow; oidc-client-ts always adds PKCE (S256) unless disablePKCE.
    response_type: 'code',
    scope: OIDC_SCOPE,
    // Tokens live in this page's memory only: a reload signs in again (quietly, while the
    // provider's session lasts); nothing is left for another script or the next user.
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    // The pending request must survive the trip to the provider, which unloads the page:
    // sessionStorage (this tab only; the library's default would be localStorage), removed
    // when the provider answers.
    stateStore: new WebStorageStateStore({ store: sessionStore, prefix: STATE_PREFIX }),
    staleStateAgeInSeconds: 600,
    // Renewal with the refresh token (a fetch to the token endpoint): no iframe, no
    // third-party cookies. Tokens the provider rotates at each use.
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: RENEW_BEFORE_EXPIRY_SECONDS,
    loadUserInfo: false,
    monitorSession: false,
    // The provider page replaces the app in history, so Back does not bounce into it again.
    redirectMethod: 'replace',
  };
}

export function createUserManager(oidc: OidcConfig, win: Window = window): UserManager {
  return new UserManager(userManagerSettings(oidc, win.location.origin, win.sessionStorage));
}

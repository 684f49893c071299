/**
 * What the app sees of an OpenID Connect session. Kept free of oidc-client-ts so the layout
 * can import it without pulling the library into builds that do not sign in.
 */
export type OidcSessionStatus = 'active' | 'expired';

export interface OidcSession {
  /**
   * The current access token, renewed first when it has (nearly) expired; null when it
   * cannot be. A promise only while renewing: a token at hand is returned as it is, so a
   * request can leave in the task that asked for it (see http-client.ts).
   */
  getToken(): string | null | Promise<string | null>;
  /** 'expired' once renewal failed: the user has to sign in again. */
  getStatus(): OidcSessionStatus;
  subscribe(listener: () => void): () => void;
  /** Back to the provider, then to the current page. */
  signIn(): Promise<void>;
  /** Forgets every token, then ends the session at the provider (the browser leaves the app). */
  signOut(): Promise<void>;
}

/**
 * oidc-client-ts keeps the pending request (state, nonce, PKCE verifier) under this prefix
 * while the browser is at the provider. It is the only thing that ever touches
 * sessionStorage, and it is removed once the provider has answered.
 */
export const STATE_PREFIX = 'oidc.';

/** Removes every entry of the sign-in library from a storage (pending requests, anything left). */
export function clearOidcStorage(storage: Storage): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(STATE_PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}

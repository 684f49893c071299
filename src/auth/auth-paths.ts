/**
 * The dashboard's own addresses in the sign-in flow. Both must be registered with the
 * provider (see README, "Sign-in (OpenID Connect)"): the provider sends the browser back to
 * them, and to no other page of ours.
 */
export const CALLBACK_PATH = '/auth/callback';
export const SIGNED_OUT_PATH = '/auth/signed-out';

/**
 * Where to go after signing in. The value travels through the provider and back, so it is
 * untrusted: only a path on this origin (never `//evil.example` or `/\evil.example`, which
 * browsers read as another host), and never one of the sign-in pages themselves.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 4000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  try {
    const url = new URL(value, 'http://dashboard.invalid');
    // Dot segments can leave `//host` as the path: another host once it is the URL again.
    if (url.origin !== 'http://dashboard.invalid' || url.pathname.startsWith('//')) return '/';
    if (url.pathname === CALLBACK_PATH || url.pathname === SIGNED_OUT_PATH) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}

/** The page to come back to: the whole URL, filters and all. */
export function returnPathOf(location: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  return safeReturnPath(`${location.pathname}${location.search}${location.hash}`);
}

/**
 * The current bearer token, in memory only: never localStorage, sessionStorage or a cookie,
 * where other scripts or the next user of a shared computer could read it. The API client
 * reads it at every call (see `configureApiClient` in main.tsx).
 */
let current: string | null = null;

export const sessionToken = {
  get: (): string | null => current,
  set: (token: string | null): void => {
    current = token;
  },
};

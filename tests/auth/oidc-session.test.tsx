import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { User, UserManager } from 'oidc-client-ts';
import { startOidcSession } from '../../src/auth/oidc-session.ts';
import type { OidcSession } from '../../src/auth/oidc-session-types.ts';

/**
 * Start-up, token use and sign-out with a stand-in for oidc-client-ts's UserManager (its
 * own behaviour is covered by user-manager.test.tsx and the end-to-end test).
 */

const oidc = { authority: 'https://login.example.org', clientId: 'intake-dashboard' };

const user = (token: string, expiresIn: number, state?: unknown) =>
  ({ access_token: token, id_token: `id-${token}`, expires_in: expiresIn, state }) as unknown as User;

function fakeManager(overrides: Partial<Record<string, unknown>> = {}) {
  const listeners: Record<string, ((arg?: unknown) => void)[]> = {};
  const on = (name: string) => (cb: (arg?: unknown) => void) => {
    (listeners[name] ??= []).push(cb);
    return () => undefined;
  };
  const manager = {
    signinRedirect: vi.fn(() => Promise.resolve()),
    signinCallback: vi.fn(() => Promise.resolve(user('t1', 300, '/cases?range=30d'))),
    signoutCallback: vi.fn(() => Promise.resolve(undefined)),
    signinSilent: vi.fn(() => Promise.resolve(user('t2', 300))),
    signoutRedirect: vi.fn(() => Promise.resolve()),
    revokeTokens: vi.fn(() => Promise.resolve()),
    stopSilentRenew: vi.fn(),
    events: {
      addUserLoaded: on('userLoaded'),
      addAccessTokenExpired: on('accessTokenExpired'),
      addSilentRenewError: on('silentRenewError'),
    },
    ...overrides,
  };
  const emit = (name: string, arg?: unknown) => listeners[name]?.forEach((cb) => cb(arg));
  return { manager, asManager: manager as unknown as UserManager, emit };
}

const at = (path: string) => window.history.replaceState(null, '', path);
const here = () => `${location.pathname}${location.search}${location.hash}`;

beforeEach(() => {
  sessionStorage.setItem('oidc.pending', '{"code_verifier":"v"}');
  sessionStorage.setItem('other', 'kept');
});
afterEach(() => {
  sessionStorage.clear();
  at('/');
});

async function signedIn(m: ReturnType<typeof fakeManager>): Promise<OidcSession> {
  at('/auth/callback?code=c&state=s');
  const started = await startOidcSession(oidc, window, m.asManager);
  if (started.kind !== 'signed-in') throw new Error(`not signed in: ${started.kind}`);
  return started.session;
}

describe('startOidcSession', () => {
  it('with no user yet, goes to the provider remembering the whole URL', async () => {
    const m = fakeManager();
    at('/map?range=7d&urgency=high#view');
    expect(await startOidcSession(oidc, window, m.asManager)).toEqual({ kind: 'redirecting' });
    expect(m.manager.signinRedirect).toHaveBeenCalledWith({ state: '/map?range=7d&urgency=high#view' });
  });

  it('at the callback, signs in, returns to that URL and drops the pending request', async () => {
    const m = fakeManager();
    const session = await signedIn(m);
    expect(here()).toBe('/cases?range=30d');
    expect(sessionStorage.getItem('oidc.pending')).toBeNull();
    expect(sessionStorage.getItem('other')).toBe('kept');
    // A fresh token is at hand, not a promise: a request can leave in the task that asked.
    expect(session.getToken()).toBe('t1');
  });

  it('does not follow a return URL to another site', async () => {
    const m = fakeManager({
      signinCallback: vi.fn(() => Promise.resolve(user('t1', 300, '//evil.example/x'))),
    });
    await signedIn(m);
    expect(here()).toBe('/');
  });

  it('when the provider refuses, says why, offers to sign in again, and keeps nothing', async () => {
    const m = fakeManager({
      signinCallback: vi.fn(() => Promise.reject(new Error('access_denied: End-User aborted'))),
    });
    at('/auth/callback?error=access_denied&state=s');
    const started = await startOidcSession(oidc, window, m.asManager);
    expect(started).toMatchObject({ kind: 'failed', reason: 'access_denied: End-User aborted' });
    expect(here()).toBe('/');
    expect(sessionStorage.getItem('oidc.pending')).toBeNull();
  });

  it('says so when the provider cannot be reached, instead of a blank page', async () => {
    const m = fakeManager({
      signinRedirect: vi.fn(() => Promise.reject(new Error('Failed to fetch'))),
    });
    at('/map?range=7d');
    const started = await startOidcSession(oidc, window, m.asManager);
    expect(started).toMatchObject({ kind: 'failed', reason: 'Failed to fetch' });
    expect(here()).toBe('/map?range=7d');
  });

  it('after sign-out, signs nobody in until asked', async () => {
    const m = fakeManager();
    at('/auth/signed-out?state=s');
    const started = await startOidcSession(oidc, window, m.asManager);
    expect(started.kind).toBe('signed-out');
    expect(here()).toBe('/auth/signed-out');
    expect(m.manager.signinRedirect).not.toHaveBeenCalled();
    expect(sessionStorage.getItem('oidc.pending')).toBeNull();
    if (started.kind === 'signed-out') await started.signIn();
    expect(m.manager.signinRedirect).toHaveBeenCalledWith({ state: '/' });
  });
});

describe('the session', () => {
  it('uses the renewed token as soon as the library has it', async () => {
    const m = fakeManager();
    const session = await signedIn(m);
    m.emit('userLoaded', user('t-renewed', 300));
    expect(await session.getToken()).toBe('t-renewed');
  });

  it('renews a token about to expire before sending it, once for many callers', async () => {
    const m = fakeManager({
      signinCallback: vi.fn(() => Promise.resolve(user('t1', 3, '/'))),
    });
    const session = await signedIn(m);
    expect(await Promise.all([session.getToken(), session.getToken()])).toEqual(['t2', 't2']);
    expect(m.manager.signinSilent).toHaveBeenCalledTimes(1);
  });

  it('says the session has expired when renewal fails, and lets the user sign in again', async () => {
    const m = fakeManager({
      signinCallback: vi.fn(() => Promise.resolve(user('t1', 0, '/'))),
      signinSilent: vi.fn(() => Promise.reject(new Error('invalid_grant'))),
    });
    const session = await signedIn(m);
    const listener = vi.fn();
    session.subscribe(listener);
    expect(await session.getToken()).toBeNull();
    expect(session.getStatus()).toBe('expired');
    expect(listener).toHaveBeenCalledTimes(1);
    at('/trends?range=7d');
    await session.signIn();
    expect(m.manager.signinRedirect).toHaveBeenLastCalledWith({ state: '/trends?range=7d' });
  });

  it('signs out: revokes the refresh token, forgets the user, ends the provider session', async () => {
    const m = fakeManager({ revokeTokens: vi.fn(() => Promise.reject(new Error('no endpoint'))) });
    const session = await signedIn(m);
    sessionStorage.setItem('oidc.leftover', 'x');
    await session.signOut();
    expect(m.manager.stopSilentRenew).toHaveBeenCalled();
    expect(m.manager.revokeTokens).toHaveBeenCalledWith(['refresh_token']);
    expect(m.manager.signoutRedirect).toHaveBeenCalledWith({ id_token_hint: 'id-t1' });
    expect(sessionStorage.getItem('oidc.leftover')).toBeNull();
    expect(await session.getToken()).toBeNull();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { OidcClient, User, UserManager } from 'oidc-client-ts';
import { userManagerSettings } from '../../src/auth/user-manager.ts';

/** Where oidc-client-ts keeps things with the dashboard's settings, in a real (jsdom) window. */

const oidc = { authority: 'https://login.example.org', clientId: 'intake-dashboard' };
const metadata = {
  issuer: 'https://login.example.org',
  authorization_endpoint: 'https://login.example.org/auth',
  token_endpoint: 'https://login.example.org/token',
  end_session_endpoint: 'https://login.example.org/session/end',
};
const settings = () => ({
  ...userManagerSettings(oidc, 'https://dashboard.example.org', window.sessionStorage),
  metadata,
});

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('userManagerSettings', () => {
  it('asks for a code with PKCE (S256), coming back to the callback page', async () => {
    const request = await new OidcClient(settings()).createSigninRequest({ state: '/map' });
    const url = new URL(request.url);
    expect(url.origin + url.pathname).toBe('https://login.example.org/auth');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'intake-dashboard',
      response_type: 'code',
      scope: 'openid profile',
      redirect_uri: 'https://dashboard.example.org/auth/callback',
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
  });

  it('keeps the pending request in this tab’s sessionStorage only, never localStorage', async () => {
    await new OidcClient(settings()).createSigninRequest({ state: '/map' });
    expect(sessionStorage.length).toBe(1);
    expect(sessionStorage.key(0)).toMatch(/^oidc\./);
    expect(sessionStorage.getItem(sessionStorage.key(0)!)).toContain('code_verifier');
    expect(localStorage.length).toBe(0);
  });

  it('keeps the signed-in user (its tokens) in memory only', async () => {
    const manager = new UserManager(settings());
    await manager.storeUser(
      new User({
        access_token: 'secret-access-token',
        refresh_token: 'secret-refresh-token',
        id_token: 'secret-id-token',
        token_type: 'Bearer',
        profile: { sub: 'u1', iss: metadata.issuer, aud: 'intake-dashboard', exp: 0, iat: 0 },
      }),
    );
    expect((await manager.getUser())?.access_token).toBe('secret-access-token');
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(0);
    expect(document.cookie).toBe('');
    manager.stopSilentRenew();
  });

  it('registers the signed-out page as the post-logout redirect', () => {
    expect(settings()).toMatchObject({
      post_logout_redirect_uri: 'https://dashboard.example.org/auth/signed-out',
      automaticSilentRenew: true,
    });
  });
});

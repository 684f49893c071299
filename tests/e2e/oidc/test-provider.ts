import http from 'node:http';
import { randomBytes } from 'node:crypto';
import Provider, { errors, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { exportJWK, generateKeyPair } from 'jose';
import { errorPage, loginPage, logoutPage, signedOutPage } from './provider-pages.ts';
import { ACCESS_TOKEN_SECONDS, TEST_CLIENT_ID, testAccounts } from './test-accounts.ts';

/**
 * A real OpenID Connect provider (oidc-provider) for the end-to-end test, on 127.0.0.1 only:
 * one public client (the dashboard; authorization code with PKCE, refresh tokens), the two
 * test accounts, JWT access tokens for the intake API carrying the role claims, a short
 * access-token lifetime, RP-initiated logout. Keys are made afresh at each start.
 */

export interface TestProviderOptions {
  port: number;
  /** The dashboard's origin: its redirect URIs are registered under it. */
  appOrigin: string;
  /** The intake API's identifier: the `aud` of its access tokens. */
  apiAudience: string;
}

export interface TestProvider {
  issuer: string;
  close(): Promise<void>;
}

async function signingKeys() {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { keys: [{ ...(await exportJWK(privateKey)), kid: 'test-1', alg: 'RS256', use: 'sig' }] };
}

export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const { port, appOrigin, apiAudience } = options;
  const issuer = `http://127.0.0.1:${port}`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        // A public client: a single-page app cannot keep a secret; PKCE protects the code.
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [`${appOrigin}/auth/callback`],
        post_logout_redirect_uris: [`${appOrigin}/auth/signed-out`],
      },
    ],
    pkce: { required: () => true },
    jwks: (await signingKeys()) as Configuration['jwks'],
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: { openid: ['sub'], profile: ['name'] },
    async findAccount(_ctx, id) {
      const account = testAccounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ sub: id, name: account.name }) };
    },
    // The intake API's rights travel in its access token.
    async extraTokenClaims(_ctx, token) {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      const account = testAccounts[token.accountId];
      if (!account) return undefined;
      return {
        name: account.name,
        intake_role: account.intake_role,
        intake_org: account.intake_org,
        ...(account.intake_region ? { intake_region: account.intake_region } : {}),
      };
    },
    // Refresh tokens for the public client, bound to the provider session (no offline_access):
    // they die with it at sign-out. oidc-provider rotates them at each use for public clients.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // The dashboard is first-party: consent is implied, so no consent screen.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid profile');
      grant.addResourceScope(apiAudience, 'intake');
      await grant.save();
      session.ensureClientContainer(client.clientId);
      session.grantIdFor(client.clientId, grant.jti);
      return grant;
    },
    clientBasedCORS: (_ctx, origin) => origin === appOrigin,
    ttl: {
      AccessToken: ACCESS_TOKEN_SECONDS,
      AuthorizationCode: 60,
      IdToken: 3600,
      RefreshToken: 3600,
      Grant: 3600,
      Interaction: 600,
      Session: 3600,
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = 'html';
          ctx.body = signedOutPage();
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => apiAudience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== apiAudience) throw new errors.InvalidTarget();
          return {
            scope: 'intake',
            audience: apiAudience,
            accessTokenTTL: ACCESS_TOKEN_SECONDS,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(out);
    },
  };

  const provider = new Provider(issuer, configuration);
  const oidc = provider.callback();

  const server = http.createServer((req, res) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(new URL(req.url ?? '/', issuer).pathname);
    if (!match) {
      oidc(req, res);
      return;
    }
    interaction(provider, req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.setHeader('content-type', 'text/plain');
      res.end(error instanceof Error ? error.message : String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > 10_000) break;
  }
  return new URLSearchParams(body);
}

/** The login prompt: a username and password form; anything else is not expected here. */
async function interaction(provider: Provider, req: http.IncomingMessage, res: http.ServerResponse) {
  const details = await provider.interactionDetails(req, res);
  const action = `/interaction/${details.uid}`;
  const send = (html: string, status = 200) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  };
  if (details.prompt.name !== 'login') {
    send(`unexpected prompt ${details.prompt.name}`, 501);
    return;
  }
  if (req.method === 'GET') {
    send(loginPage(action));
    return;
  }
  const form = await readForm(req);
  const account = testAccounts[form.get('username') ?? ''];
  if (!account || account.password !== form.get('password')) {
    send(loginPage(action, 'Wrong username or password.'), 401);
    return;
  }
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: account.username } },
    { mergeWithLastSubmission: false },
  );
}

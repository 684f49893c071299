import type { Page } from '@playwright/test';
import { decodeJwt } from 'jose';
import { test, expect, axeViolations } from './fixtures.ts';
import { testAccounts, type TestAccount } from './oidc/test-accounts.ts';

/**
 * Sign-in with OpenID Connect, in Chromium, against a real provider (oidc-provider, started
 * by playwright.config.ts from tests/e2e/oidc/) and the mocked intake API checking its
 * tokens (MOCK_OIDC_ISSUER; demo tokens off). Each test is a fresh browser context: no
 * provider session to begin with.
 */

const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const PROVIDER = `http://127.0.0.1:${9000 + offset}`;
const API = `http://127.0.0.1:${9001 + offset}/api/v1`;
const { analyst, partner } = testAccounts as Record<'analyst' | 'partner', TestAccount>;

interface Traffic {
  /** Bearer tokens sent to the intake API, in order. */
  tokens: string[];
  /** Paths of the intake API that were called. */
  apiPaths: string[];
  /** Anything that left 127.0.0.1. */
  offHost: string[];
}

async function watch(page: Page): Promise<Traffic> {
  const traffic: Traffic = { tokens: [], apiPaths: [], offHost: [] };
  // Nothing may leave this machine: refuse it, and remember that it was tried.
  await page.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      traffic.offHost.push(route.request().url());
      return route.abort();
    },
  );
  page.on('request', (request) => {
    if (!request.url().startsWith(`${API}/`) || request.method() === 'OPTIONS') return;
    traffic.apiPaths.push(new URL(request.url()).pathname);
    const token = /^Bearer (.+)$/.exec(request.headers().authorization ?? '')?.[1];
    if (token) traffic.tokens.push(token);
  });
  return traffic;
}

/** At the provider's own sign-in page: fill it in as the user would. */
async function signInAtProvider(page: Page, account: TestAccount) {
  await expect(page).toHaveURL(new RegExp(`^${PROVIDER}/interaction/`));
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** No token, no pending sign-in request, in any storage the page can reach. */
async function expectNoTokensStored(page: Page, tokens: string[]) {
  const stored = await page.evaluate(() => {
    const dump = (s: Storage) =>
      Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`);
    return [...dump(sessionStorage), ...dump(localStorage), document.cookie];
  });
  expect(stored.filter((entry) => entry.startsWith('oidc.'))).toEqual([]);
  for (const token of tokens) expect(stored.join('\n')).not.toContain(token);
}

test('an analyst follows a shared link, signs in, and is back on it with its filters', async ({ page }) => {
  const traffic = await watch(page);
  const link = '/cases?range=30d&urgency=high%2Cmedium&sort=urgency';
  await page.goto(link);
  await signInAtProvider(page, analyst);

  await expect(page).toHaveURL(link);
  await expect(page.getByText('Alex Analyst · Analyst')).toBeVisible();
  await expect(page.getByText('— Intake team')).toBeVisible();
  await expect(page.getByRole('button', { name: /Remove filter Urgency: High/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Remove filter Urgency: Medium/ })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Cases' }).getByRole('row').nth(1)).toBeVisible();
  expect(traffic.apiPaths).toContain('/api/v1/reports');

  // Every call carried the provider's access token for the intake API, and nothing else.
  expect(traffic.tokens.length).toBeGreaterThan(0);
  const claims = decodeJwt(traffic.tokens[0]!);
  expect(claims).toMatchObject({ iss: PROVIDER, aud: API, intake_role: 'analyst' });
  await expectNoTokensStored(page, traffic.tokens);
  expect(traffic.offHost).toEqual([]);
});

test('a partner sees their own region only: no cases, and no request for a report', async ({ page }) => {
  const traffic = await watch(page);
  await page.goto('/map');
  await signInAtProvider(page, partner);

  await expect(page).toHaveURL(/\/map$/);
  await expect(page.getByText('Pat Partner · Partner (Northern Europe)')).toBeVisible();
  await expect(page.getByText('— Nordic Police Liaison')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cases' })).toHaveCount(0);
  await expect(page.getByText(/([\d,]+|<\d+) reports? match/)).toBeVisible();

  // A reload loses the in-memory tokens; the provider's session signs the partner straight
  // back in (no form), to the same page.
  await page.goto('/cases');
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByText('The case list is not available for partner agencies.')).toBeVisible();
  expect(traffic.apiPaths.filter((p) => p.startsWith('/api/v1/reports'))).toEqual([]);
  expect(traffic.apiPaths).toContain('/api/v1/me');
  expect(new Set(traffic.tokens.map((t) => decodeJwt(t).intake_region))).toEqual(new Set(['154']));
  expect(traffic.offHost).toEqual([]);
});

test('an access token that runs out is renewed in the background, and the old one is refused', async ({ page }) => {
  test.setTimeout(150_000);
  const traffic = await watch(page);
  await page.goto('/trends');
  await signInAtProvider(page, analyst);
  await expect(page.getByText('Alex Analyst · Analyst')).toBeVisible();
  await expect.poll(() => traffic.tokens.length).toBeGreaterThan(0);
  const first = traffic.tokens[0]!;
  const firstExpiry = decodeJwt(first).exp!;

  // The dashboard renews with its refresh token before expiry, with no one touching it.
  const renewal = await page.waitForResponse(
    (r) => r.url() === `${PROVIDER}/token` && /grant_type=refresh_token/.test(r.request().postData() ?? ''),
    { timeout: 60_000 },
  );
  expect(renewal.status()).toBe(200);

  // Wait until the first token has expired (plus the API's 5 s clock tolerance), then use the app.
  const wait = (firstExpiry + 6) * 1000 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait);
  const before = traffic.tokens.length;
  await page.getByRole('button', { name: /^Urgency/ }).click();
  await page.getByRole('checkbox', { name: 'High' }).click();
  await expect(page).toHaveURL(/urgency=high/);
  await expect.poll(() => traffic.tokens.length).toBeGreaterThan(before);
  const renewed = traffic.tokens.slice(before);
  expect(renewed).not.toContain(first);
  for (const token of renewed) expect(decodeJwt(token).exp!).toBeGreaterThan(Date.now() / 1000);
  await expect(page.getByText(/([\d,]+|<\d+) reports? match/)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The intake API refuses the expired token with problem details, and takes the new one.
  const old = await fetch(`${API}/me`, { headers: { Authorization: `Bearer ${first}` } });
  expect(old.status).toBe(401);
  expect(old.headers.get('content-type')).toBe('application/problem+json');
  expect(await old.json()).toMatchObject({ status: 401, detail: 'The access token has expired.' });
  const fresh = await fetch(`${API}/me`, { headers: { Authorization: `Bearer ${renewed.at(-1)}` } });
  expect(fresh.status).toBe(200);
  expect(traffic.offHost).toEqual([]);
});

test('sign-out ends the provider session and leaves nothing behind', async ({ page }) => {
  const traffic = await watch(page);
  await page.goto('/trends?urgency=high');
  await signInAtProvider(page, analyst);
  await expect(page.getByText('Alex Analyst · Analyst')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // By keyboard, as anyone may.
  await page.getByRole('button', { name: 'Sign out' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`^${PROVIDER}/session/end`));
  await page.getByRole('button', { name: 'Yes, sign me out' }).click();

  await expect(page).toHaveURL(/\/auth\/signed-out$/);
  await expect(page.getByRole('heading', { name: 'You have signed out' })).toBeVisible();
  await expect(page.getByText('Alex Analyst')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await expectNoTokensStored(page, traffic.tokens);

  // The provider's session is over: signing in again asks for the password again.
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`^${PROVIDER}/interaction/`));
  await expect(page.getByLabel('Password')).toBeVisible();
  expect(traffic.offHost).toEqual([]);
});

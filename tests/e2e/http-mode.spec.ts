import { test, expect } from './fixtures.ts';

/**
 * The same app built with VITE_INTAKE_API_URL pointing at `npm run mock-api`: a real HTTP
 * server on another origin (CORS), whose scenario is shared by every page, hence serial.
 */
test.describe.configure({ mode: 'serial' });
test.use({
  allowConsoleErrors: [/Failed to load resource: the server responded with a status of 5\d\d/],
});

const API = `http://127.0.0.1:${8787 + Number(process.env.E2E_PORT_OFFSET ?? 0)}`;
const count = /([\d,]+|<\d+) reports? match/;

async function setScenario(body: object | null) {
  const res = await fetch(`${API}/__mock/scenario`, {
    method: body ? 'PUT' : 'DELETE',
    headers: { 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(res.ok).toBe(true);
}

test.afterEach(() => setScenario(null));

test('talks to the HTTP API: data loads, a filter reaches the URL, reload keeps it, Back undoes it', async ({
  page,
}) => {
  // What was asked, alone or inside a POST /batch (this build has VITE_API_BATCH=true).
  const asked: string[] = [];
  let batches = 0;
  page.on('request', (r) => {
    if (!r.url().startsWith(`${API}/api/v1/`)) return;
    if (r.method() === 'POST' && r.url().endsWith('/api/v1/batch')) {
      batches++;
      const { requests } = r.postDataJSON() as { requests: { path: string }[] };
      asked.push(...requests.map((q) => q.path));
    } else asked.push(r.url().replace(/^.*\/api\/v1/, ''));
  });
  await page.goto('/');
  await expect(page.getByText('Demo analyst · Analyst')).toBeVisible();
  const before = await page.getByText(count).textContent();
  expect(asked.some((u) => u.startsWith('/aggregates/breakdown?'))).toBe(true);
  // The overview's dozen reads travel together.
  expect(batches).toBeGreaterThan(0);
  expect(batches).toBeLessThan(asked.length / 3);

  await page.getByRole('button', { name: /^Urgency/ }).click();
  await page.getByRole('checkbox', { name: 'High' }).click();
  await expect(page).toHaveURL(/urgency=high/);
  await expect(page.getByText(count)).not.toHaveText(before ?? '');
  await page.reload();
  await expect(page.getByRole('button', { name: /Remove filter Urgency: High/ })).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/urgency=/);
  await expect(page.getByText(count)).toHaveText(before ?? '');
});

test('the persona switcher is there for the demo server, and a partner gets partner data', async ({
  page,
}) => {
  await page.goto('/map');
  await page.getByLabel('View as').selectOption({ label: 'Partner — Northern Europe' });
  await expect(page.getByText(/Partner \(Northern Europe\)/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cases' })).toHaveCount(0);
  await expect(page.getByText(count)).toBeVisible();
});

test('a failing endpoint shows the error in its view only, and recovers by itself', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByText(count)).toBeVisible();
  // Fails the next three calls; the client's bounded retries outlast them.
  await setScenario({ failures: [{ endpoint: 'breakdown', kind: 'unavailable', times: 3 }] });
  await page.getByRole('button', { name: /^Urgency/ }).click();
  await page.getByRole('checkbox', { name: 'Low' }).click();
  await expect(page.getByText(count)).toBeVisible({ timeout: 30_000 });

  await setScenario({ failures: [{ endpoint: 'breakdown', kind: 'server-error' }] });
  await page.getByRole('checkbox', { name: 'Medium' }).click();
  const alert = page
    .getByRole('alert')
    .filter({ hasText: /Could not load the number of matching reports/ });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Demo analyst · Analyst')).toBeVisible();
  await setScenario(null);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText(count)).toBeVisible();
});

test('reads answers without zod, and fetches it only to say what is wrong with one', async ({
  page,
}) => {
  // zod and the schemas built with it are chunks of their own (README decision 37).
  const checker = /\/assets\/(zod|response-schemas)-[\w-]+\.js$/;
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (checker.test(new URL(r.url()).pathname)) fetched.push(r.url());
  });
  await page.goto('/');
  await expect(page.getByText(count)).toBeVisible();
  await expect(page.locator('.newest-cases[data-state="ready"]')).toBeVisible();
  await page.getByRole('button', { name: /^Urgency/ }).click();
  await page.getByRole('checkbox', { name: 'High' }).click();
  await expect(page).toHaveURL(/urgency=high/);
  await expect(page.getByText(count)).toBeVisible();
  expect(fetched).toEqual([]);

  await setScenario({ failures: [{ endpoint: 'breakdown', kind: 'contract-violation' }] });
  await page.getByRole('checkbox', { name: 'Low' }).click();
  const alert = page
    .getByRole('alert')
    .filter({ hasText: /Could not load the number of matching reports/ });
  await expect(alert).toContainText('GET /aggregates/breakdown: field items[0].count.count');
  expect(fetched.length).toBeGreaterThan(0);
});

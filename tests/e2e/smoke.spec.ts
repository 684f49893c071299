import { test, expect, axeViolations, textStyles } from './fixtures.ts';
import { setWorkerScenario, viewAs } from './security-support.ts';

const count = /([\d,]+|<\d+) reports? match/;

test.describe('the shell', () => {
  test('loads with data, a filter reaches the URL, reload keeps it, Back undoes it', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(page).toHaveTitle(/Overview · Intake dashboard/);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByText('Demo analyst · Analyst')).toBeVisible();
    const before = await page.getByText(count).textContent();

    await page.getByRole('button', { name: /^Urgency/ }).click();
    await page.getByRole('checkbox', { name: 'Immediate danger' }).click();
    await expect(page).toHaveURL(/urgency=immediate_danger/);
    await expect(page.getByText(count)).not.toHaveText(before ?? '');
    const filtered = await page.getByText(count).textContent();

    await page.reload();
    await expect(page).toHaveURL(/urgency=immediate_danger/);
    await expect(page.getByRole('button', { name: /Remove filter Urgency: Immediate danger/ })).toBeVisible();
    await expect(page.getByText(count)).toHaveText(filtered ?? '');

    await page.goBack();
    await expect(page).not.toHaveURL(/urgency=/);
    await expect(page.getByText(count)).toHaveText(before ?? '');
  });

  test('navigation keeps the filters and sets the page title', async ({ page }) => {
    await page.goto('/?urgency=high');
    await page.getByRole('link', { name: 'Trends' }).click();
    await expect(page).toHaveURL(/\/trends\?.*urgency=high/);
    await expect(page).toHaveTitle(/Trends · Intake dashboard/);
  });

  test('a bad URL parameter falls back to its default with a visible notice', async ({ page }) => {
    await page.goto('/?urgency=catastrophic&from=yesterday&bogus=1');
    await expect(page.getByRole('status').filter({ hasText: /urgency/i }).first()).toBeVisible();
    await expect(page).not.toHaveURL(/catastrophic|bogus|yesterday/);
    await expect(page.getByText(count)).toBeVisible();
  });

  test('the skip link is first and moves focus to the content', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText(count)).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});

test.describe('personas', () => {
  test('a partner sees no case list, and the case route says why without asking for reports', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Cases' })).toBeVisible();
    await page.getByLabel('View as').selectOption({ label: 'Partner — Northern Europe' });
    await expect(page.getByText(/Partner \(Northern Europe\)/)).toBeVisible();
    // From here on the partner must never ask for reports.
    const reportRequests: string[] = [];
    page.on('request', (r) => {
      if (/\/api\/v1\/(reports|export)/.test(r.url())) reportRequests.push(r.url());
    });
    await expect(page.getByRole('link', { name: 'Cases' })).toHaveCount(0);
    // A partner's view must never show a number from 1 to 10.
    await expect(page.getByText(count)).toBeVisible();
    // The persona lives in memory (never in storage), so follow the direct link in-app.
    await page.evaluate(() => {
      window.history.pushState({}, '', '/cases');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.getByText(/not available/i)).toBeVisible();
    expect(reportRequests).toEqual([]);
  });
});

test('axe finds no violations while the filter options load, and the pickers hold their place', async ({ page }) => {
  await page.goto('/?urgency=high');
  await expect(page.getByRole('button', { name: 'Urgency (1)' })).toBeEnabled();
  const bar = page.getByRole('region', { name: 'Filters' });
  const loadedHeight = (await bar.boundingBox())!.height;
  // A persona switch clears every cached answer; with /metadata held, the bar shows its
  // loading state again.
  await setWorkerScenario(page, { failures: [{ endpoint: 'metadata', kind: 'timeout' }] });
  await viewAs(page, 'Partner — Northern Europe');
  await expect(page.getByText('Loading the filter options…')).toBeAttached();
  expect((await bar.boundingBox())!.height).toBe(loadedHeight);
  await expect(bar.locator('.filter-pickers button:disabled')).not.toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await setWorkerScenario(page, null);
});

for (const theme of ['Light', 'Dark'] as const) {
  test(`axe finds no violations on any route in the ${theme.toLowerCase()} theme`, async ({ page }) => {
    await page.goto('/');
    // Settled first: a request still going out as the next goto unloads the page would miss
    // the mock worker (it lets a closing page's requests through) and 404.
    await expect(page.getByText(/reports? match/)).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await page.getByLabel('Theme').selectOption({ label: theme });
    for (const path of ['/', '/trends', '/map', '/cases']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      expect(await axeViolations(page), `${path} (${theme})`).toEqual([]);
    }
  });
}

test('every page sets its text on the type scale: five sizes, two weights', async ({ page }) => {
  const steps = ['xs', 'sm', 'md', 'lg', 'xl'].map((step) => `--font-size-${step}`);
  for (const path of ['/', '/trends', '/map', '/cases']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const { tokens, texts } = await textStyles(page, { fontSize: steps });
    const scale = steps.map((step) => tokens[step]);
    expect(scale, path).toEqual(['12px', '14px', '16px', '18px', '24px']);
    const off = texts
      .filter((t) => !scale.includes(t.fontSize) || !['400', '700'].includes(t.fontWeight))
      .map((t) => `${t.element}: ${t.fontSize} ${t.fontWeight}`);
    expect([...new Set(off)], path).toEqual([]);
  }
});

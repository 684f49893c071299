import { test, expect } from './fixtures.ts';

// Chromium logs every 5xx response as a console error; those are the point of this test.
test.use({ allowConsoleErrors: [/Failed to load resource: the server responded with a status of 5\d\d/] });

const count = /([\d,]+|<\d+) reports? match/;

test('a failing endpoint shows the error in its view only, and recovers when the API does', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(count)).toBeVisible();

  // The browser worker holds its scenario in the page: set it from there.
  await page.evaluate(async () => {
    const res = await fetch('/__mock/scenario', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ failures: [{ endpoint: 'breakdown', kind: 'server-error' }] }),
    });
    if (!res.ok) throw new Error(`scenario not set: ${res.status}`);
  });

  // A new filter means a new request (the current answer is cached).
  await page.getByRole('button', { name: /^Urgency/ }).click();
  await page.getByRole('checkbox', { name: 'High' }).click();
  const alert = page.getByRole('alert').filter({ hasText: /Could not load the number of matching reports/ });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  // The rest of the shell keeps working.
  await expect(page.getByText('Demo analyst · Analyst')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Urgency/ })).toBeEnabled();

  await page.evaluate(() => fetch('/__mock/scenario', { method: 'DELETE' }));
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText(count)).toBeVisible();
  await expect(alert).toHaveCount(0);
});

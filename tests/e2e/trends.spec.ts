import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures.ts';

/**
 * Trends in a real browser: drag-to-zoom with the mouse writes the global date range and
 * every view follows; Undo puts the previous URL back; a breakdown bar filters every view,
 * the case list included; axe is clean in both themes once the charts are drawn.
 */

const count = /([\d,]+|<\d+) reports? match/;
const digits = (text: string | null) => (text ?? '').replace(/\D/g, '');

/** Every chart on the page shows the answer for the current URL. */
async function chartsReady(page: Page) {
  await expect(page.locator('.trends-content')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** A left-button drag across a chart's plot, from one fraction of its width to another. */
async function dragAcross(page: Page, chart: Locator, fromX: number, toX: number) {
  const surface = chart.locator('svg.recharts-surface').first();
  await surface.scrollIntoViewIfNeeded();
  const box = await surface.boundingBox();
  if (!box) throw new Error('the chart has no box');
  const y = box.y + box.height / 2;
  // Recharts tracks the pointer on animation frames: let one pass between the steps.
  await page.mouse.move(box.x + box.width * fromX, y);
  await page.waitForTimeout(50);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((fromX + toX) / 2), y, { steps: 5 });
  await page.waitForTimeout(50);
  await page.mouse.move(box.x + box.width * toX, y, { steps: 5 });
  await page.waitForTimeout(50);
  await page.mouse.up();
}

test.describe('trends', () => {
  test('dragging across the chart zooms every view to those dates; Undo restores the URL', async ({
    page,
  }) => {
    await page.goto('/trends?chart=bar');
    await chartsReady(page);
    const startUrl = page.url();
    const before = await page.getByText(count).textContent();
    const urgencyTotal = page
      .getByRole('figure', { name: 'Reports by urgency' })
      .locator('.trends-chart-description');
    const urgencyBefore = await urgencyTotal.textContent();

    const trend = page.getByRole('figure', { name: 'Reports over time' });
    await dragAcross(page, trend, 0.85, 0.35);
    await expect(page).toHaveURL(
      /\/trends\?range=custom&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&chart=bar$/,
    );
    const url = new URL(page.url());
    const from = url.searchParams.get('from')!;
    const to = url.searchParams.get('to')!;
    expect(from < to).toBe(true);

    // The other views follow: the count, the filter bar's dates, the breakdowns.
    await expect(page.getByText(count)).not.toHaveText(before ?? '');
    await expect(page.getByLabel('From', { exact: true })).toHaveValue(from);
    await expect(page.getByLabel('To', { exact: true })).toHaveValue(to);
    await chartsReady(page);
    await expect(urgencyTotal).not.toHaveText(urgencyBefore ?? '');

    await page.getByRole('button', { name: 'Undo zoom' }).click();
    await expect(page).toHaveURL(startUrl);
    await expect(page.getByText(count)).toHaveText(before ?? '');
    await expect(page.getByRole('button', { name: 'Undo zoom' })).toHaveCount(0);
  });

  test('clicking a breakdown bar filters every view, the case list included', async ({ page }) => {
    await page.goto('/trends');
    await chartsReady(page);
    const before = await page.getByText(count).textContent();

    const platforms = page.getByRole('figure', { name: 'Reports by platform' });
    await platforms.locator('.trends-bar-rect').first().click();
    await expect(page).toHaveURL(/\/trends\?platform=[a-z_]+$/);
    const platform = new URL(page.url()).searchParams.get('platform');
    await expect(page.getByText(count)).not.toHaveText(before ?? '');
    await chartsReady(page);
    const filtered = await page.getByText(count).textContent();

    // The same from the table's row button, on another chart: the filters add up.
    const urgency = page.getByRole('figure', { name: 'Reports by urgency' });
    await urgency.getByRole('button', { name: 'Show as table' }).click();
    await urgency.getByRole('button', { name: 'Filter by High' }).click();
    await expect(page).toHaveURL(new RegExp(`urgency=high`));
    await expect(page).toHaveURL(new RegExp(`platform=${platform}`));
    await expect(page.getByText(count)).not.toHaveText(filtered ?? '');
    await chartsReady(page);
    const both = digits(await page.getByText(count).textContent());

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Cases' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/cases\\?.*platform=${platform}`));
    await expect(page).toHaveURL(/urgency=high/);
    // The case list's own total once it has one; until then the shared count line.
    const total = page.locator('.case-total').or(page.locator('.report-count'));
    await expect(total.first()).toBeVisible();
    await expect.poll(async () => digits(await total.first().textContent())).toBe(both);
  });

  for (const theme of ['Light', 'Dark'] as const) {
    test(`axe finds no violations on /trends in the ${theme.toLowerCase()} theme, tables open`, async ({
      page,
    }) => {
      await page.goto('/trends?split=platform&compare=true');
      await page.getByLabel('Theme').selectOption({ label: theme });
      await chartsReady(page);
      for (const name of [/^Reports over time/, 'Reports by urgency']) {
        await page
          .getByRole('figure', { name })
          .getByRole('button', { name: 'Show as table' })
          .click();
      }
      await expect(page.getByRole('table')).toHaveCount(2);
      expect(await axeViolations(page), `/trends (${theme})`).toEqual([]);
    });
  }
});

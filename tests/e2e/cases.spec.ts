import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { CSV_INJECTION_TRIGGERS } from '../../src/lib/csv.ts';
import { caseColumnIds, exportColumnsFor } from '../../src/features/cases/lib/case-columns.ts';
import { parseCsv } from '../contract/support/parse-csv.ts';
import { test, expect, axeViolations } from './fixtures.ts';
import { installXssCanary } from './security-support.ts';

/**
 * The case table and the case page in Chromium, against the browser worker's 20,000 seeded
 * reports: search, sort, scroll far, the keyboard, Back, the CSV export, and hostile report
 * text that must stay text.
 */

const grid = (page: Page) => page.getByRole('grid', { name: 'Cases' });
const totalText = (page: Page) => page.locator('.case-total .report-count');

async function readTotal(page: Page): Promise<number> {
  const text = (await totalText(page).textContent()) ?? '';
  return Number(text.replace(/[^\d]/g, ''));
}

/**
 * Scrolls the grid to its end again and again until `target` rows are loaded; returns the
 * most rows the DOM held at any point.
 */
async function scrollUntilLoaded(
  page: Page,
  target: number,
): Promise<{ loaded: number; maxRows: number }> {
  return page.evaluate(async (want) => {
    const box = document.querySelector<HTMLElement>('[role="grid"]')!;
    const body = box.querySelector<HTMLElement>('.case-tbody')!;
    const loaded = () => Math.round(parseFloat(body.style.height) / 40);
    let maxRows = 0;
    const started = performance.now();
    while (loaded() < want && performance.now() - started < 45_000) {
      box.scrollTop = box.scrollHeight;
      await new Promise((r) => setTimeout(r, 30));
      maxRows = Math.max(maxRows, box.querySelectorAll('[role="row"]').length);
    }
    return { loaded: loaded(), maxRows };
  }, target);
}

/** Every attribute that could run script, anywhere in the document. */
function scriptableAttributes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes]
        .filter(
          (a) =>
            /^on/i.test(a.name) ||
            (/^(href|src|action|formaction|xlink:href)$/i.test(a.name) &&
              /^\s*(javascript|vbscript):/i.test(a.value)),
        )
        .map((a) => `<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 60)}">`),
    ),
  );
}

test.describe('the case list', () => {
  test('search, sort, scroll far, open a case by keyboard, and Back finds the list where it was', async ({
    page,
  }) => {
    await page.goto('/cases?range=all');
    await expect(grid(page)).toBeVisible();
    await expect(totalText(page)).toHaveText('20,000 reports match these filters');

    // Search is the filter bar's: the URL and the total follow.
    await page.getByRole('searchbox', { name: 'Search' }).fill('school');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]q=school/);
    await expect(totalText(page)).not.toHaveText('20,000 reports match these filters');
    await page.getByRole('button', { name: /^Remove filter Search/ }).click();
    await expect(totalText(page)).toHaveText('20,000 reports match these filters');

    // Sort by status from its heading.
    await grid(page)
      .getByRole('button', { name: /^Status/ })
      .click();
    await expect(page).toHaveURL(/[?&]sort=status(&|$)/);
    await expect(grid(page).getByRole('columnheader', { name: /Status/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );

    // Scroll far: thousands of rows loaded a page at a time, never more than ~100 in the DOM.
    const { loaded, maxRows } = await scrollUntilLoaded(page, 3_000);
    expect(loaded).toBeGreaterThanOrEqual(3_000);
    expect(maxRows).toBeLessThanOrEqual(101);
    await grid(page).evaluate((box) => {
      box.scrollTop = 40 * 2_990;
    });
    const start = grid(page).locator('[role="row"][aria-rowindex="3001"]');
    await expect(start).toBeVisible();
    await start.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const target = grid(page).locator('[role="row"][aria-rowindex="3003"]');
    await expect(target).toBeFocused();
    const preview = (await target.locator('.case-preview').textContent()) ?? '';

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/cases\/[^/?]+\?range=all&sort=status$/);
    await expect(page.getByRole('heading', { level: 2, name: /^Case / })).toBeVisible();
    await expect(page.getByText('3,002 of 20,000')).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/\/cases\?range=all&sort=status$/);
    const back = grid(page).locator('[role="row"][aria-rowindex="3003"]');
    await expect(back).toBeFocused();
    await expect(back).toBeInViewport();
    await expect(back.locator('.case-preview')).toHaveText(preview);
    expect(await grid(page).locator('[role="row"]').count()).toBeLessThanOrEqual(101);
  });

  test('Export CSV: the whole filtered set, the visible columns, every cell safe for a spreadsheet', async ({
    page,
  }) => {
    await page.goto('/cases?range=all');
    await expect(grid(page)).toBeVisible();
    const total = await readTotal(page);
    expect(total).toBe(20_000);

    // Hide a column: the file follows the screen.
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('checkbox', { name: 'Tags' }).uncheck();
    await page.keyboard.press('Escape');
    await expect(grid(page).getByRole('columnheader', { name: 'Tags' })).toHaveCount(0);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^reports-\d{4}-\d{2}-\d{2}\.csv$/);
    await expect(page.getByText(/^Exported 20,000 rows to reports-/)).toBeVisible();
    const text = await readFile(await download.path(), 'utf8');
    const rows = parseCsv(text);

    const visible = caseColumnIds.filter((id) => id !== 'tags');
    expect(rows[0]).toEqual(exportColumnsFor(visible));
    expect(rows.length - 1).toBe(total);
    const unsafe = rows
      .flat()
      .filter((cell) => cell !== '' && CSV_INJECTION_TRIGGERS.includes(cell.charAt(0)));
    expect(unsafe).toEqual([]);
    // The corpus does put formulas in narratives: they arrive neutralised, not dropped.
    expect(rows.some((r) => r.some((cell) => /^'[=+\-@]/.test(cell)))).toBe(true);
  });
});

test('axe finds no violations on a case with its map, or on the list with a filter menu open', async ({
  page,
}) => {
  await page.goto('/cases?range=all&hasCoordinates=true');
  await grid(page).locator('[role="row"][aria-rowindex="2"]').click();
  await expect(page.getByRole('img', { name: /^Map showing / })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  expect(await axeViolations(page), 'case page').toEqual([]);

  await page.goBack();
  await grid(page).getByRole('button', { name: 'Filter Status' }).click();
  await expect(page.getByRole('checkbox', { name: /^New, [\d,]+ reports$/ })).toBeVisible();
  expect(await axeViolations(page), 'list with the Status menu open').toEqual([]);
});

test.describe('hostile report text', () => {
  // The corpus calls alert(1); any script that runs sets the canary instead.
  test.beforeEach(({ page }) => installXssCanary(page));

  const canary = (page: Page) =>
    page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

  async function openRow(page: Page, row: Locator) {
    await row.click();
    await expect(page.getByRole('heading', { level: 2, name: /^Case / })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Narrative text' })).toBeVisible();
  }

  for (const q of ['script', 'onerror', 'javascript']) {
    test(`narratives matching "${q}" are shown as text: nothing runs, no handler attributes`, async ({
      page,
    }) => {
      await page.goto(`/cases?range=all&q=${q}`);
      await expect(grid(page)).toBeVisible();
      const rows = grid(page).locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])');
      await expect(rows.first()).toBeVisible();
      expect(await readTotal(page)).toBeGreaterThan(0);
      expect(await scriptableAttributes(page)).toEqual([]);

      const n = Math.min(3, await rows.count());
      for (let i = 0; i < n; i++) {
        await openRow(page, rows.nth(i));
        const narrative = page.getByRole('region', { name: 'Narrative text' });
        await expect(narrative).toContainText(new RegExp(q, 'i'));
        // Revealed text is as untrusted as masked text.
        const reveal = page.getByRole('button', { name: 'Reveal personal data' });
        if (await reveal.isVisible()) {
          await reveal.click();
          await expect(page.getByText(/audit id/)).toBeVisible();
        }
        expect(await scriptableAttributes(page)).toEqual([]);
        expect(await canary(page)).toBeUndefined();
        await page.goBack();
        await expect(grid(page)).toBeVisible();
      }
      // Markup in the text is characters, not elements.
      expect(
        await page.locator('main img, main iframe, main svg[onload], main script').count(),
      ).toBe(0);
      expect(await canary(page)).toBeUndefined();
    });
  }
});

import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { CSV_INJECTION_TRIGGERS } from '../../src/lib/csv.ts';
import { parseCsv } from '../contract/support/parse-csv.ts';
import { xssPayloads } from '../../mocks/generator/hostile-text.ts';
import { test, expect } from './fixtures.ts';
import {
  expectInert,
  goInApp,
  installXssCanary,
  setWorkerScenario,
  viewAs,
} from './security-support.ts';

/**
 * Untrusted text in Chromium, with the CSP enforced: the mocked intake API's `hostileText`
 * scenario puts an OWASP filter-evasion payload (mocks/generator/hostile-text.ts) in front of
 * every text field it serves (labels, country and region names, the user's name, narratives,
 * places, tags, problem details), and the seeded narratives carry more. In every place that
 * text can appear (header, filter options, chart labels, legends and tooltips, tables, map
 * tooltips and area list, the case, error messages, the page title, downloads, copied links)
 * no script runs (the canary stays unset), no `on*` attribute or `javascript:` URL reaches the
 * DOM, and the payload is visibly there as characters.
 */

test.use({
  allowConsoleErrors: [
    /Failed to load resource: the server responded with a status of (404|5\d\d)/,
  ],
});

const CORPUS_MARK = /window\.__xss=1|parent\.__xss=1|PHNjcmlwdD5/;

async function fileText(download: Download): Promise<string> {
  return readFile((await download.path())!, 'utf8');
}

/** An SVG file holds markup: the corpus must arrive escaped, as text nodes only. */
function expectInertSvg(svg: string, where: string) {
  expect(svg, where).toMatch(/^<svg|^<\?xml/);
  expect(svg, `${where}: script element`).not.toMatch(/<script/i);
  expect(svg, `${where}: foreign content`).not.toMatch(
    /<(foreignObject|iframe|object|embed|img)\b/i,
  );
  expect(svg, `${where}: event handler`).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  expect(svg, `${where}: javascript: link`).not.toMatch(/(href|src)\s*=\s*["']?\s*javascript:/i);
}

function expectSafeCsv(text: string, where: string) {
  const cells = parseCsv(text).flat();
  const unsafe = cells.filter((c) => c !== '' && CSV_INJECTION_TRIGGERS.includes(c.charAt(0)));
  expect(unsafe, where).toEqual([]);
}

async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await click();
  return downloading;
}

test('every text field the API serves stays text in every view, download and link', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await installXssCanary(page);
  // Copy link writes to the clipboard: record what it writes.
  await page.addInitScript(() => {
    const w = window as unknown as { __copied: string[] };
    w.__copied = [];
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (t: string) => void w.__copied.push(t) },
    });
  });
  await page.goto('/?range=all');
  await expect(page.getByText(/reports? match/)).toBeVisible();
  await setWorkerScenario(page, { hostileText: true });

  // A persona switch drops every cached answer: the header, filter options and overview
  // come back through the hostile scenario.
  await viewAs(page, 'Partner — Northern Europe');
  await expect(page.getByText(CORPUS_MARK).first()).toBeVisible();
  await expectInert(page, 'overview as a partner');
  await viewAs(page, 'Analyst');
  await expect(page.getByText(/Demo analyst/).first()).toContainText(CORPUS_MARK);
  await expectInert(page, 'overview as the analyst');

  // Filter options: names and labels from the metadata.
  await page.getByRole('button', { name: /^Urgency/ }).click();
  await expect(page.getByRole('checkbox').first()).toBeVisible();
  await expectInert(page, 'a filter menu');
  await page.keyboard.press('Escape');

  // Trends: chart labels, legends, tooltips, tables and downloads.
  await goInApp(page, '/trends?range=all');
  await expect(page.locator('.trends-content')).toHaveAttribute('data-state', 'ready', {
    timeout: 30_000,
  });
  const platforms = page.getByRole('figure', { name: /Reports by platform/ });
  await expect(platforms).toContainText(CORPUS_MARK);
  const bar = platforms.locator('.trends-bar-rect').first();
  await bar.hover();
  await expectInert(page, 'a breakdown tooltip');
  const trend = page.getByRole('figure', { name: /Reports over time/ });
  const surface = trend.locator('svg.recharts-surface').first();
  const box = await surface.boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expectInert(page, 'the trend tooltip');
  await platforms.getByRole('button', { name: 'Show as table' }).click();
  await expect(platforms.getByRole('table')).toContainText(CORPUS_MARK);
  await expectInert(page, 'a chart table');
  const svg = await fileText(
    await download(page, () =>
      platforms.getByRole('button', { name: 'Download image (SVG)' }).click(),
    ),
  );
  expectInertSvg(svg, 'platform chart SVG');
  expect(svg).toMatch(/&lt;|&amp;/);
  const csv = await fileText(
    await download(page, () => platforms.getByRole('button', { name: 'Download CSV' }).click()),
  );
  expect(csv).toMatch(CORPUS_MARK);
  expectSafeCsv(csv, 'platform chart CSV');
  await download(page, () =>
    platforms.getByRole('button', { name: 'Download image (PNG)' }).click(),
  );
  await expectInert(page, 'after the chart downloads');

  // The map: country names in tooltips and the area list; the image export.
  await goInApp(page, '/map?range=all');
  const region = page.locator('.hs-map-region');
  await expect(region).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  const shape = page.locator('.hs-map path[data-area]').first();
  await shape.hover({ force: true });
  await expectInert(page, 'a map tooltip');
  await expect(page.locator('main')).toContainText(CORPUS_MARK);
  await download(page, () => page.getByRole('button', { name: 'Export map image' }).click());
  await expectInert(page, 'the map after its image export');

  // Cases: the table, the case page (narrative, place, tags, its map), Copy link, the export.
  await goInApp(page, '/cases?range=all');
  const grid = page.getByRole('grid', { name: 'Cases' });
  await expect(grid).toContainText(CORPUS_MARK);
  await expectInert(page, 'the case table');
  await grid.locator('[role="row"][aria-rowindex="2"]').click();
  await expect(page.getByRole('region', { name: 'Narrative text' })).toContainText(CORPUS_MARK);
  await expectInert(page, 'the case page');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
  expect(copied).toHaveLength(1);
  const link = new URL(copied[0]!);
  expect(link.origin).toBe(new URL(baseURL!).origin);
  expect(link.pathname).toMatch(/^\/cases\/[^/<>"']+$/);
  expect(link.search).toBe('');
  const reveal = page.getByRole('button', { name: 'Reveal personal data' });
  if (await reveal.isVisible()) {
    await reveal.click();
    await expect(page.getByText(/audit id/)).toBeVisible();
    await expectInert(page, 'the revealed case');
  }
  await page.goBack();
  await expect(grid).toBeVisible();
  const exported = await fileText(
    await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click()),
  );
  expect(exported).toMatch(/<script|onerror/i);
  expectSafeCsv(exported, 'case export');

  // Error details from the API are text too.
  await setWorkerScenario(page, {
    hostileText: true,
    failures: [{ endpoint: 'breakdown', kind: 'server-error' }],
  });
  await goInApp(page, '/?range=all&urgency=high');
  await expect(page.getByRole('alert').first()).toBeVisible({ timeout: 30_000 });
  await expectInert(page, 'an error message');
});

test('hostile text in the URL (search, case id, filters) stays text, in the page title too', async ({
  page,
}) => {
  await installXssCanary(page);
  for (const payload of xssPayloads.slice(0, 8)) {
    await page.goto(`/cases?range=all&q=${encodeURIComponent(payload)}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectInert(page, `search ${payload}`);
  }
  const payload = '<img src=x onerror="window.__xss=1">';
  await page.goto(`/cases/${encodeURIComponent(payload)}`);
  await expect(page).toHaveTitle(`Case ${payload} · Intake dashboard`);
  await expect(page.getByRole('alert').or(page.getByRole('status')).first()).toBeVisible();
  await expectInert(page, 'a hostile case id');
  await page.goto(
    `/?country=${encodeURIComponent(payload)}&region=${encodeURIComponent('"><svg onload=window.__xss=1>')}`,
  );
  await expect(page.getByText(/reports? match/)).toBeVisible();
  await expectInert(page, 'hostile filter values');
});

test.describe('the Content Security Policy', () => {
  // This test injects an inline script on purpose; its violation is the expected outcome.
  test.use({ knownCspViolations: [/script-src(-elem)? blocked inline|Executing inline script/] });

  test('is sent with the app and enforced: an injected inline script does not run', async ({
    page,
  }) => {
    const response = await page.goto('/');
    const headers = response!.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    await expect(page.getByText(/reports? match/)).toBeVisible();

    const ran = await page.evaluate(async () => {
      const blocked = new Promise<boolean>((resolve) =>
        document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true }),
      );
      const s = document.createElement('script');
      s.textContent = 'window.__xss = 1';
      document.body.append(s);
      await blocked;
      return (window as unknown as { __xss?: unknown }).__xss;
    });
    expect(ran).toBeUndefined();
  });
});

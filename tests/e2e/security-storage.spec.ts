import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { goInApp, viewAs } from './security-support.ts';

/**
 * After a full session (every view, a case revealed, an export, a theme and column change,
 * a persona switch and back), the browser holds no token, no report field and no personal
 * data: localStorage and sessionStorage hold only the two view preferences, and IndexedDB,
 * Cache Storage and cookies are empty. And a persona switch drops every answer held in
 * memory, so nothing the analyst saw is served from cache afterwards.
 */

/** The only keys the dashboard may write: view preferences, nothing about reports. */
const ALLOWED_KEYS = new Set(['intake-dashboard:theme', 'intake-dashboard:case-columns']);

interface StorageDump {
  local: Record<string, string>;
  session: Record<string, string>;
  idb: string[];
  caches: string[];
}

async function dumpStorage(page: Page): Promise<StorageDump> {
  return page.evaluate(async () => {
    const dump = (s: Storage) =>
      Object.fromEntries(
        Array.from({ length: s.length }, (_, i) => s.key(i)!).map((k) => [k, s.getItem(k) ?? '']),
      );
    const idb = (await indexedDB.databases()).map((d) => d.name ?? '(unnamed)');
    return {
      local: dump(localStorage),
      session: dump(sessionStorage),
      idb,
      caches: await caches.keys(),
    };
  });
}

async function cookies(context: BrowserContext) {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`);
}

test('a full session leaves no token, report field or personal data in any browser storage', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  const seen = new Set<string>();
  // Every string any API answer carried: none may end up in storage.
  page.on('response', async (r) => {
    if (!/\/api\/v1\/(reports|me)/.test(r.url()) || !r.ok()) return;
    if (!(r.headers()['content-type'] ?? '').includes('json')) return;
    const collect = (v: unknown): void => {
      if (typeof v === 'string' && v.length >= 6) seen.add(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    try {
      collect(await r.json());
    } catch {
      // a body already gone (navigation): nothing to learn from it
    }
  });

  await page.goto('/?range=all');
  await expect(page.getByText(/reports? match/)).toBeVisible();
  await page.getByLabel('Theme').selectOption({ label: 'Dark' });
  await goInApp(page, '/trends?range=all');
  await expect(page.locator('.trends-content')).toHaveAttribute('data-state', 'ready', {
    timeout: 30_000,
  });
  await goInApp(page, '/map?range=all');
  await expect(page.locator('.hs-map-region')).toHaveAttribute('data-state', 'ready', {
    timeout: 30_000,
  });
  await goInApp(page, '/cases?range=all&q=phone');
  const grid = page.getByRole('grid', { name: 'Cases' });
  await expect(grid.locator('[role="row"][aria-rowindex="2"]')).toBeVisible();
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Tags' }).uncheck();
  await page.keyboard.press('Escape');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await downloading;
  await grid.locator('[role="row"][aria-rowindex="2"]').click();
  await expect(page.getByRole('region', { name: 'Narrative text' })).toBeVisible();
  const reveal = page.getByRole('button', { name: 'Reveal personal data' });
  await expect(reveal).toBeVisible();
  await reveal.click();
  await expect(page.getByText(/audit id/)).toBeVisible();
  const revealed = (await page.getByRole('region', { name: 'Narrative text' }).textContent()) ?? '';
  seen.add(revealed);

  // A persona switch, and back: every cached answer is dropped, so returning to the list
  // asks the API again instead of showing what the analyst saw before.
  await viewAs(page, 'Partner — Northern Europe');
  await expect(page.getByText(/Partner \(Northern Europe\)/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cases' })).toHaveCount(0);
  await viewAs(page, 'Analyst');
  await expect(page.getByText('Demo analyst · Analyst')).toBeVisible();
  const listAgain = page.waitForRequest((r) => /\/api\/v1\/reports\?/.test(r.url()));
  await goInApp(page, '/cases?range=all&q=phone');
  await listAgain;
  await expect(grid.locator('[role="row"][aria-rowindex="2"]')).toBeVisible();

  const storage = await dumpStorage(page);
  expect(
    Object.keys(storage.local).filter((k) => !ALLOWED_KEYS.has(k)),
    'localStorage keys',
  ).toEqual([]);
  expect(storage.local['intake-dashboard:theme']).toBe('dark');
  expect(storage.local['intake-dashboard:case-columns']).toBeDefined();
  expect(storage.session, 'sessionStorage').toEqual({});
  expect(storage.idb, 'IndexedDB databases').toEqual([]);
  expect(storage.caches, 'Cache Storage').toEqual([]);
  expect(await cookies(context), 'cookies').toEqual([]);

  // What the allowed keys hold: no token, no report text, no id, no personal data.
  const stored = JSON.stringify(storage);
  expect(stored).not.toMatch(/demo-(analyst|partner)|bearer|token|eyJ[\w-]{10,}/i);
  expect(stored).not.toMatch(/@|\+?\d[\d\s-]{7,}\d/);
  expect(seen.size).toBeGreaterThan(50);
  const leaked = [...seen].filter((s) => stored.includes(s));
  // Column ids and labels ("narrative", "status") are preferences, not report fields.
  expect(leaked.filter((s) => !/^[a-zA-Z]+$/.test(s))).toEqual([]);
});

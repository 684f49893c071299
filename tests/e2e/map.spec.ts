import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations, textStyles } from './fixtures.ts';
import { numbersIn } from '../features/hotspots/fixtures.ts';

/**
 * The map end to end, in Chromium against the built app and the browser worker's 20,000
 * seeded reports: drawn from the app's origin alone, a click filters everything, the counts
 * add up with the rest of the app, the view lives in the URL, and a partner sees no small
 * number and no data outside their scope.
 */

type Bbox = [number, number, number, number];
const countryBoxes = JSON.parse(
  readFileSync(
    new URL('../../src/features/hotspots/lib/country-boxes.json', import.meta.url),
    'utf8',
  ),
) as Record<string, Bbox>;

const countLine = (page: Page) => page.locator('p.report-count');
const mapRegion = (page: Page) => page.locator('.hs-map-region');
const toNumber = (s: string) => Number(s.replace(/,/g, ''));

async function mapReady(page: Page) {
  await expect(mapRegion(page)).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
}

/** The layer radios are controlled by the URL: checked once the URL says so, not on click. */
async function chooseLayer(page: Page, name: string) {
  const radio = page.getByRole('radio', { name });
  await radio.click();
  await expect(radio).toBeChecked();
}

async function totalShown(page: Page): Promise<number> {
  const text = await countLine(page).textContent();
  const m = /^([\d,]+) reports? match/.exec(text ?? '');
  if (!m) throw new Error(`no total in "${text}"`);
  return toNumber(m[1]!);
}

/** The area table's counts, every row ("Show all" pressed first). */
async function areaCounts(page: Page, name: string): Promise<string[]> {
  const table = page.getByRole('table', { name });
  await expect(table).toBeVisible();
  const showAll = page.getByRole('button', { name: /^Show all \d+ areas$/ });
  if (await showAll.count()) await showAll.click();
  return table.locator('tbody td').allTextContents();
}

/**
 * A point really inside one of the shapes (a box's centre may be sea, and a shape may have
 * world copies off screen), with the area that shape stands for. The mouse is moved there.
 */
async function pointInside(page: Page, shapes: Locator) {
  const found = await shapes.evaluateAll((els) => {
    for (const el of els) {
      const r = el.getBoundingClientRect();
      for (let i = 1; i < 20; i++) {
        for (let j = 1; j < 20; j++) {
          const x = r.left + (r.width * i) / 20;
          const y = r.top + (r.height * j) / 20;
          if (document.elementFromPoint(x, y) === el)
            return { x, y, area: el.getAttribute('data-area') };
        }
      }
    }
    return null;
  });
  if (!found) throw new Error('no visible point inside the shapes');
  await page.mouse.move(found.x, found.y);
  return found;
}

/** Date presets ("Last 7 days") are lengths of time, not counts: the only small numbers allowed. */
const withoutDatePresets = (text: string) => text.replace(/Last \d+ (days|months)/g, '');

async function smallNumbersOnPage(page: Page): Promise<string[]> {
  const { text, attributes } = await page.evaluate(() => ({
    text: document.body.innerText,
    attributes: [...document.querySelectorAll('[aria-label], [title]')].flatMap((el) =>
      ['aria-label', 'title'].map((a) => el.getAttribute(a) ?? ''),
    ),
  }));
  return [withoutDatePresets(text), ...attributes].flatMap((t) =>
    numbersIn(t)
      .filter((n) => n >= 1 && n <= 10 && Number.isInteger(n))
      .map((n) => `${n} in "${t.slice(0, 80)}…"`),
  );
}

function intersects(a: Bbox, b: Bbox): boolean {
  const lons = (x: Bbox): [number, number][] =>
    x[0] > x[2]
      ? [
          [x[0], 180],
          [-180, x[2]],
        ]
      : [[x[0], x[2]]];
  if (a[1] > b[3] || b[1] > a[3]) return false;
  return lons(a).some(([aw, ae]) => lons(b).some(([bw, be]) => aw < be && bw < ae));
}

test.describe('the map', () => {
  test('draws its own basemap and data with no request leaving the app’s origin', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const elsewhere: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) elsewhere.push(url);
    });
    await page.goto('/map?range=all');
    await mapReady(page);
    expect(await page.locator('.hs-map path.hs-country').count()).toBeGreaterThan(150);
    expect(await page.locator('.hs-map path[data-area]').count()).toBeGreaterThan(20);
    await expect(page.locator('.leaflet-tile-pane img')).toHaveCount(0);
    expect(new URL(origin).hostname).toBe('127.0.0.1');
    expect(elsewhere).toEqual([]);
  });

  // Leaflet's own stacks name fonts most machines lack, each looked up in turn during a layout
  // (README decision 38).
  test('sets all its text, Leaflet’s controls included, in the app’s two typefaces', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 2200 });
    for (const route of ['/', '/map']) {
      await page.goto(route);
      await mapReady(page);
      await expect(page.locator('.leaflet-control-zoom-in')).toBeVisible();
      const { tokens, texts } = await textStyles(page, { fontFamily: ['--font', '--font-mono'] });
      const app = Object.values(tokens);
      expect(tokens['--font']).toContain('system-ui');
      expect(
        [...new Set(texts.map((t) => t.fontFamily))].filter((s) => !app.includes(s)),
        route,
      ).toEqual([]);
    }
  });

  test('hovering shows a count; clicking a country filters every view by it', async ({ page }) => {
    await page.goto('/map?range=all');
    await mapReady(page);
    const before = await totalShown(page);
    // The country in the highest class: certainly some reports, and a large shape.
    const point = await pointInside(page, page.locator('.hs-map path[data-area].hs-step-6'));
    const code = point.area!.replace('country:', '');
    const tooltip = page.locator('.leaflet-tooltip').filter({ hasText: /: [\d,]+ reports?$/ });
    await expect(tooltip).toBeVisible();
    const shownCount = toNumber(/: ([\d,]+) reports?$/.exec((await tooltip.textContent())!)![1]!);

    await page.mouse.click(point.x, point.y);
    await expect(page).toHaveURL(new RegExp(`[?&]country=${code}(&|$)`));
    await expect(countLine(page)).not.toHaveText(new RegExp(`^${before.toLocaleString('en-GB')} `));
    // The country's count on the map is the number of reports that now match.
    await expect(countLine(page)).toHaveText(
      new RegExp(`^${shownCount.toLocaleString('en-GB')} reports? match`),
    );

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Cases' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/cases\\?.*country=${code}`));
    // The case list's total ("1,806 reports", or the "… reports match" line) is the map's.
    const casesTotal = page.getByText(/^[\d,]+ reports?( match|$)/).first();
    await expect(casesTotal).toBeVisible();
    await expect
      .poll(async () =>
        toNumber(/^([\d,]+)/.exec((await casesTotal.textContent()) ?? '')?.[1] ?? ''),
      )
      .toBe(shownCount);
  });

  test('the mapped counts plus the reports without coordinates equal the total', async ({
    page,
  }) => {
    await page.goto('/map?range=all');
    await mapReady(page);
    const total = await totalShown(page);

    // Countries hold every report, located or not; the count without coordinates is part of it.
    const countries = await areaCounts(page, 'Countries, most reports first');
    expect(countries.reduce((s, c) => s + toNumber(c), 0)).toBe(total);
    const unlocated = page.locator('.hs-unlocated');
    await expect(unlocated).toHaveText(/^[\d,]+ matching reports have no coordinates/);

    // Bins: cells in the view + located reports outside it + without coordinates = total.
    await chooseLayer(page, 'Hotspot cells');
    await mapReady(page);
    const cells = await areaCounts(page, 'Grid cells in this view, most reports first');
    const [without, outside = 0] = numbersIn((await unlocated.textContent())!);
    expect(cells.reduce((s, c) => s + toNumber(c), 0) + outside + without!).toBe(total);
  });

  test('panning and zooming write the view to the URL; a reload restores it', async ({ page }) => {
    await page.goto('/map?range=all&layer=bins');
    await mapReady(page);
    expect(new URL(page.url()).searchParams.has('lat')).toBe(false);

    const box = (await page.locator('.hs-map').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page).toHaveURL(/[?&]z=/);
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - 120, cy + 60, { steps: 8 });
    await page.mouse.up();
    const params = () => new URL(page.url()).searchParams;
    await expect
      .poll(() => params().get('lat') !== null && params().get('lon') !== null)
      .toBe(true);
    await mapReady(page);
    // Let the debounced write settle, then read the view.
    await page.waitForTimeout(600);
    const view = { lat: params().get('lat'), lon: params().get('lon'), z: params().get('z') };
    expect(Number(view.z)).toBeGreaterThan(1);

    await page.reload();
    await mapReady(page);
    await page.waitForTimeout(600);
    // The map opened on the URL's view: it had nothing different to write back.
    expect({ lat: params().get('lat'), lon: params().get('lon'), z: params().get('z') }).toEqual(
      view,
    );
    expect(params().get('layer')).toBe('bins');
    await expect(page.getByRole('radio', { name: 'Hotspot cells' })).toBeChecked();

    // "Filter to this view": the visible box becomes a filter every view applies.
    const before = await countLine(page).textContent();
    await page.getByRole('button', { name: 'Filter to this view' }).click();
    await expect.poll(() => params().get('bbox')?.split(',').length).toBe(4);
    await expect(countLine(page)).not.toHaveText(before!);
    expect(params().get('lat')).toBe(view.lat);
  });

  test('as a partner: no number from 1 to 10 anywhere, and data drawn only inside the scope', async ({
    page,
  }) => {
    const gridSizes: number[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.pathname.endsWith('/aggregates/geo/grid'))
        gridSizes.push(Number(url.searchParams.get('cellSize')));
    });
    await page.goto('/map?range=all');
    await mapReady(page);
    const me = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/api/v1/me'));
    await page.getByLabel('View as').selectOption({ label: 'Partner — Northern Europe' });
    const scope = new Set<string>(
      ((await (await me).json()) as { scope: { countries: string[] } }).scope.countries,
    );
    expect(scope.has('GB')).toBe(true);
    await expect(page.getByText(/Partner \(Northern Europe\)/)).toBeVisible();
    await mapReady(page);
    await expect(page.locator('.hs-legend')).toContainText('<11');

    const drawnCountries = await page
      .locator('.hs-map path[data-area]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-area')!.replace('country:', '')));
    expect(drawnCountries.length).toBeGreaterThan(0);
    expect(drawnCountries.filter((c) => !scope.has(c))).toEqual([]);
    expect(await smallNumbersOnPage(page)).toEqual([]);

    await chooseLayer(page, 'Hotspot cells');
    await mapReady(page);
    const size = gridSizes.at(-1)!;
    expect(size).toBeGreaterThanOrEqual(0.25);
    const cells = await page
      .locator('.hs-map path.hs-bin')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-area')!));
    expect(cells.length).toBeGreaterThan(0);
    const scopeBoxes = [...scope].flatMap((c) => (countryBoxes[c] ? [countryBoxes[c]] : []));
    for (const id of cells) {
      const [south, west] = id.split(':').slice(1).map(Number) as [number, number];
      expect(
        scopeBoxes.some((b) => intersects([west, south, west + size, south + size], b)),
        id,
      ).toBe(true);
    }
    expect(await smallNumbersOnPage(page)).toEqual([]);

    await chooseLayer(page, 'Heat');
    await mapReady(page);
    expect(await smallNumbersOnPage(page)).toEqual([]);

    // For a briefing: the regional map as an image.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export map image' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      /^report-hotspots-northern-europe-\d{4}-\d{2}-\d{2}\.png$/,
    );
    const png = await file.createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);
  });

  for (const theme of ['Light', 'Dark'] as const) {
    test(`axe finds no violations on /map in the ${theme.toLowerCase()} theme`, async ({
      page,
    }) => {
      await page.goto('/map?range=all');
      // Drawn first: a request still going out as the next goto unloads the page would
      // miss the mock worker (it lets a closing page's requests through) and 404.
      await mapReady(page);
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await page.getByLabel('Theme').selectOption({ label: theme });
      for (const layer of ['choropleth', 'bins']) {
        await page.goto(`/map?range=all&layer=${layer}`);
        await mapReady(page);
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
        expect(await axeViolations(page), `${layer} (${theme})`).toEqual([]);
      }
    });
  }
});

test.describe("the overview's map", () => {
  test('is built at the first Tab press, so keyboard focus reaches it before the table beside it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/');
    await expect(page.getByText(/reports? match/)).toBeVisible();
    const panel = page.locator('.hs-overview');
    // A screen and more below the fold: not built yet.
    await expect(panel.getByRole('table', { name: 'Countries, most reports first' })).toBeVisible();
    await expect(panel.locator('.leaflet-container')).toHaveCount(0);

    await page.keyboard.press('Tab');
    await expect(panel.locator('.leaflet-container')).toHaveCount(1);

    // On through the page: the map's turn comes before the table's.
    for (let i = 0; i < 100; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const focused = document.activeElement;
        if (focused?.closest('.hs-overview .leaflet-container')) return 'map';
        if (focused?.closest('.hs-overview table')) return 'table';
        return 'elsewhere';
      });
      if (where === 'elsewhere') continue;
      expect(where).toBe('map');
      return;
    }
    throw new Error('Tab never reached the overview map or its table');
  });
});

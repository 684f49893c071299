import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * Shared by the security specs: the XSS canary and DOM checks, the browser worker's
 * scenario, and the persona switcher.
 */

/** Any script the corpus manages to run sets window.__xss (directly or through alert). */
export async function installXssCanary(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const trip = () => {
      w.__xss = true;
    };
    w.alert = trip;
    w.confirm = trip;
    w.prompt = trip;
  });
}

export const xssCanary = (page: Page) =>
  page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

/**
 * Everything in the document that could run script or load a document: `on*` attributes,
 * `javascript:`/`data:`/`vbscript:` URLs in link and source attributes, and elements the app
 * itself never creates (script without src, iframe, object, embed, base).
 */
export function scriptableNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        const urlAttr = /^(href|src|action|formaction|xlink:href|data|poster|srcset)$/i.test(
          a.name,
        );
        if (
          /^on/i.test(a.name) ||
          (urlAttr &&
            /^\s*(javascript|vbscript|data:text\/html)/i.test(a.value.replace(/[\s\0]/g, '')))
        ) {
          found.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 60)}">`);
        }
      }
    }
    for (const el of document.querySelectorAll(
      'script:not([src]), iframe, object, embed, base, frame',
    ))
      found.push(`<${el.tagName.toLowerCase()}> element`);
    return found;
  });
}

/** The canary is unset and nothing scriptable is in the DOM. */
export async function expectInert(page: Page, where: string): Promise<void> {
  expect(await scriptableNodes(page), `${where}: scriptable nodes`).toEqual([]);
  expect(await xssCanary(page), `${where}: canary`).toBeUndefined();
}

/** The browser worker keeps its scenario in the page: set it from there. */
export async function setWorkerScenario(page: Page, scenario: object | null): Promise<void> {
  await page.evaluate(async (body) => {
    const res = await fetch('/__mock/scenario', {
      method: body ? 'PUT' : 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) throw new Error(`scenario not set: ${res.status}`);
  }, scenario);
}

export async function viewAs(page: Page, label: string): Promise<void> {
  await page.getByLabel('View as').selectOption({ label });
}

/** Client-side navigation (a reload would restart the browser worker and its scenario). */
export async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => {
    window.history.pushState({}, '', p);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

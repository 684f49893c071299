import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Chromium's console line for a blocked resource or script under the CSP. */
const CSP_CONSOLE = /Refused to|Content Security Policy/i;

/**
 * Every end-to-end test fails on a console error or an uncaught exception in the page:
 * a broken view that "looks fine" is still broken. A test that provokes failures on
 * purpose lists the messages it expects in `allowConsoleErrors`.
 *
 * The app is served with its Content Security Policy enforced (vite.config.ts), and any
 * violation fails the test, whatever `allowConsoleErrors` says: a `securitypolicyviolation`
 * listener installed before the app's own scripts reports each one to the test, and
 * Chromium's "Refused to …" console lines are caught as well.
 */
export const test = base.extend<{ allowConsoleErrors: RegExp[]; knownCspViolations: RegExp[] }>({
  allowConsoleErrors: [[], { option: true }],
  /**
   * A violation caused by a known, reported bug, so the rest of a test still guards what it
   * is for. Each use names the bug; remove it with the fix.
   */
  knownCspViolations: [[], { option: true }],
  page: async ({ page, allowConsoleErrors, knownCspViolations }, use) => {
    const problems: string[] = [];
    const violations: string[] = [];
    await page.exposeFunction('__e2eCspViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      const report = (window as unknown as { __e2eCspViolation: (t: string) => void })
        .__e2eCspViolation;
      document.addEventListener('securitypolicyviolation', (e) => {
        report(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
        );
      });
    });
    page.on('console', (msg) => {
      const text = msg.text();
      if (CSP_CONSOLE.test(text)) {
        violations.push(`console: ${text}`);
        return;
      }
      if (msg.type() !== 'error') return;
      if (allowConsoleErrors.some((re) => re.test(text))) return;
      problems.push(`console.error: ${text}`);
    });
    page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
    await use(page);
    expect(
      violations.filter((v) => !knownCspViolations.some((re) => re.test(v))),
      'Content Security Policy violations',
    ).toEqual([]);
    expect(problems, 'console errors or uncaught exceptions in the page').toEqual([]);
  },
});

export { expect };

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page and returns its violations in a readable form. The CSP blocks
 * an injected <script> (page.addScriptTag), so axe's source is evaluated through the
 * DevTools protocol instead, which page scripts cannot do.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(`${axeSource}\n;undefined`);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).join(', ')}`,
  );
}

export interface TextStyles {
  /** What each custom property computes to (`var(--font)` → the resolved stack). */
  tokens: Record<string, string>;
  /** Every element with text of its own (SVG labels too), as the browser computed its font. */
  texts: { element: string; fontFamily: string; fontSize: string; fontWeight: string }[];
}

/**
 * The fonts the page sets its text in, and the values of the style tokens named in
 * `tokens` (each resolved on a probe for `property`: `fontFamily: ['--font']`).
 */
export function textStyles(
  page: Page,
  tokens: { fontFamily?: string[]; fontSize?: string[] },
): Promise<TextStyles> {
  return page.evaluate((tokens) => {
    const probe = document.createElement('span');
    document.body.append(probe);
    const resolved: Record<string, string> = {};
    for (const [property, names] of Object.entries(tokens) as [
      'fontFamily' | 'fontSize',
      string[],
    ][]) {
      for (const name of names) {
        probe.style[property] = `var(${name})`;
        resolved[name] = getComputedStyle(probe)[property];
      }
    }
    probe.remove();
    const texts: TextStyles['texts'] = [];
    for (const el of document.querySelectorAll('body *')) {
      const hasText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
      );
      if (!hasText) continue;
      const { fontFamily, fontSize, fontWeight } = getComputedStyle(el);
      const element = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
      texts.push({ element, fontFamily, fontSize, fontWeight });
    }
    return { tokens: resolved, texts };
  }, tokens);
}

import { beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/**
 * The lint rules that keep report text out of HTML sinks, proved to fire: each snippet is
 * linted as if it were a source file, and must be reported with the rule that forbids it.
 */

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(code: string, filePath = 'src/features/x/sink.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const forbidden: [string, string, string][] = [
  [
    'dangerouslySetInnerHTML',
    'export const A = ({ t }: { t: string }) => <div dangerouslySetInnerHTML={{ __html: t }} />;',
    'no-restricted-syntax',
  ],
  [
    'innerHTML assignment',
    'export function f(el: HTMLElement, t: string) { el.innerHTML = t; }',
    'no-restricted-syntax',
  ],
  [
    'innerHTML read',
    'export const f = (el: HTMLElement) => el.innerHTML;',
    'no-restricted-properties',
  ],
  [
    'insertAdjacentHTML',
    "export function f(el: HTMLElement, t: string) { el.insertAdjacentHTML('beforeend', t); }",
    'no-restricted-syntax',
  ],
  [
    'bindPopup',
    "import L from 'leaflet';\nexport function f(m: L.Marker, t: string) { m.bindPopup(t); }",
    'no-restricted-syntax',
  ],
  [
    'bindTooltip',
    "import L from 'leaflet';\nexport function f(m: L.Marker, t: string) { m.bindTooltip(`<b>${t}</b>`); }",
    'no-restricted-syntax',
  ],
  [
    'L.popup().setContent',
    "import L from 'leaflet';\nexport const p = (t: string) => L.popup().setContent(t);",
    'no-restricted-syntax',
  ],
  [
    'L.tooltip({ content })',
    "import L from 'leaflet';\nexport const p = (t: string) => L.tooltip({ content: t });",
    'no-restricted-syntax',
  ],
  [
    'new L.Popup',
    "import L from 'leaflet';\nexport const p = () => new L.Popup();",
    'no-restricted-syntax',
  ],
  [
    'L.divIcon',
    "import L from 'leaflet';\nexport const p = (t: string) => L.divIcon({ html: t });",
    'no-restricted-syntax',
  ],
  ['document.write', 'export const f = (t: string) => document.write(t);', 'no-restricted-syntax'],
  [
    'srcDoc',
    'export const A = ({ t }: { t: string }) => <iframe title="x" srcDoc={t} />;',
    'no-restricted-syntax',
  ],
  [
    'a link from report text',
    'export const A = ({ r }: { r: { narrative: string } }) => <a href={r.narrative}>x</a>;',
    'no-restricted-syntax',
  ],
];

describe('lint forbids HTML sinks for report text', () => {
  // The first lint loads the project's whole ESLint config and its plugins: ~2 s alone, and
  // past the 5 s test timeout on a busy CI machine (it failed there once). Paid here, once,
  // so each test's timeout measures only its own lint.
  beforeAll(async () => {
    await ruleIdsFor('export {};');
  }, 60_000);

  it.each(forbidden)('%s', async (_name, code, rule) => {
    expect(await ruleIdsFor(code)).toContain(rule);
  });

  it('allows report text rendered as React text', async () => {
    expect(
      await ruleIdsFor('export const A = ({ t }: { t: string }) => <p className="n">{t}</p>;'),
    ).toEqual([]);
  });
});

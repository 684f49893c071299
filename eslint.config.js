// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

/**
 * Lint guards the product's promises as much as its style: report text is never HTML
 * (no dangerouslySetInnerHTML, no innerHTML, no Leaflet string popups or tooltips), and
 * dependencies flow one way (shared → features → app; no feature imports another).
 */
const noHtmlSinks = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Report text is untrusted: render it as React text, never as HTML.',
  },
  {
    selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]",
    message: 'Report text is untrusted: never assign HTML.',
  },
  {
    selector: "CallExpression[callee.property.name=/^(bindPopup|bindTooltip|setPopupContent|setTooltipContent|insertAdjacentHTML)$/]",
    message: 'Leaflet string popups/tooltips build HTML: use react-leaflet <Popup>/<Tooltip> with React content.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'No document.write.',
  },
  {
    // L.popup().setContent('<b>…</b>'), tooltip.setContent(html): Leaflet parses strings as HTML.
    selector: "CallExpression[callee.property.name='setContent']",
    message: 'Leaflet setContent parses strings as HTML: use react-leaflet <Popup>/<Tooltip> with React content.',
  },
  {
    // L.popup({ content: '…' }), L.tooltip({ content }), new L.Popup(…): HTML strings again.
    selector: "CallExpression[callee.object.name='L'][callee.property.name=/^(popup|tooltip|divIcon)$/], NewExpression[callee.object.name='L'][callee.property.name=/^(Popup|Tooltip|DivIcon)$/]",
    message: 'Leaflet popups, tooltips and div icons take HTML strings: use react-leaflet components with React content.',
  },
  {
    selector: "CallExpression[callee.property.name='createContextualFragment']",
    message: 'Parsing strings as HTML is an injection sink; report text must stay text.',
  },
  {
    selector: "JSXAttribute[name.name='srcDoc']",
    message: 'srcDoc renders HTML: report text must stay text.',
  },
  {
    // href={someString} could carry javascript: from report text; links are built from our routes.
    selector: "JSXAttribute[name.name='href'] > JSXExpressionContainer > MemberExpression[property.name=/^(narrative|narrativePreview|label|name|city|admin1)$/]",
    message: 'Never build a link from report text.',
  },
];

/** The same sinks as properties, caught even when read or passed around. */
const noHtmlProperties = [
  { property: 'innerHTML', message: 'Report text is untrusted: never use innerHTML.' },
  { property: 'outerHTML', message: 'Report text is untrusted: never use outerHTML.' },
  { property: 'insertAdjacentHTML', message: 'Report text is untrusted: never insert HTML.' },
];

// The one way into zod (see src/lib/zod.ts): it sets zod up for our CSP before any schema runs.
const zodThroughLib = { name: 'zod', allowTypeImports: true, message: 'Import z from src/lib/zod.ts, which sets zod up for our CSP.' };

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'public/mockServiceWorker.js', 'coverage', 'test-results', 'bench-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-syntax': ['error', ...noHtmlSinks],
      'no-restricted-properties': ['error', ...noHtmlProperties],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    // Playwright fixtures call `use(...)`, which is not React's `use`.
    files: ['tests/e2e/**', 'tests/bench/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['src/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [zodThroughLib] }] },
  },
  {
    // Shared code must not reach up into features or the app.
    files: ['src/api/**', 'src/filters/**', 'src/components/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [zodThroughLib], patterns: [{ group: ['**/features/**', '**/app/**'], message: 'Shared code must not import features or the app.' }] }],
    },
  },
  {
    // No feature imports another feature.
    files: ['src/features/trends/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [zodThroughLib], patterns: [{ group: ['**/features/hotspots/**', '**/features/cases/**', '**/app/**'], message: 'Features are independent.' }] }] },
  },
  {
    files: ['src/features/hotspots/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [zodThroughLib], patterns: [{ group: ['**/features/trends/**', '**/features/cases/**', '**/app/**'], message: 'Features are independent.' }] }] },
  },
  {
    files: ['src/features/cases/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [zodThroughLib], patterns: [{ group: ['**/features/trends/**', '**/features/hotspots/**', '**/app/**'], message: 'Features are independent.' }] }] },
  },
  {
    // Itself the way in.
    files: ['src/lib/zod.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/features/**', '**/app/**'], message: 'Shared code must not import features or the app.' }] }] },
  },
);

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
    selector: "CallExpression[callee.object.name='document'][callee.property.name='write']",
    message: 'No document.write.',
  },
];

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
    // Shared code must not reach up into features or the app.
    files: ['src/api/**', 'src/filters/**', 'src/components/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/features/**', '**/app/**'], message: 'Shared code must not import features or the app.' }] }],
    },
  },
  {
    // No feature imports another feature.
    files: ['src/features/trends/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/features/hotspots/**', '**/features/cases/**', '**/app/**'], message: 'Features are independent.' }] }] },
  },
  {
    files: ['src/features/hotspots/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/features/trends/**', '**/features/cases/**', '**/app/**'], message: 'Features are independent.' }] }] },
  },
  {
    files: ['src/features/cases/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/features/trends/**', '**/features/hotspots/**', '**/app/**'], message: 'Features are independent.' }] }] },
  },
);

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHROMIUM_ARGS,
  DISABLED_FEATURES,
  PLAYWRIGHT_DISABLED_FEATURES,
  chromeLauncherFlags,
  withDisabledFeatures,
} from './chromium.ts';

const features = (args: readonly string[]) =>
  args.filter((a) => a.startsWith('--disable-features='));

describe('the features every browser run switches off', () => {
  it('are merged into the one --disable-features Chromium reads (the last)', () => {
    expect(withDisabledFeatures(['--a', '--disable-features=X,Y', '--b'])).toEqual([
      '--a',
      `--disable-features=X,Y,${DISABLED_FEATURES.join(',')}`,
      '--b',
    ]);
    expect(withDisabledFeatures(['--a'])).toEqual([
      '--a',
      `--disable-features=${DISABLED_FEATURES.join(',')}`,
    ]);
    // Named twice, kept once.
    expect(features(withDisabledFeatures([`--disable-features=${DISABLED_FEATURES[0]}`]))).toEqual([
      `--disable-features=${DISABLED_FEATURES.join(',')}`,
    ]);
  });

  it('keep chrome-launcher’s own (Lighthouse) and Playwright’s', () => {
    const launcher = chromeLauncherFlags(['--x', '--disable-features=Translate']);
    expect(features(launcher)).toEqual([
      `--disable-features=Translate,${DISABLED_FEATURES.join(',')}`,
    ]);
    expect(features(CHROMIUM_ARGS)).toEqual([
      `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...DISABLED_FEATURES].join(',')}`,
    ]);
  });

  it('repeat every feature the installed Playwright switches off itself', () => {
    // Playwright does not export its switches; its bundle holds them as one array literal.
    const require = createRequire(import.meta.url);
    const lib = path.join(path.dirname(require.resolve('playwright-core/package.json')), 'lib');
    const bundle = readFileSync(path.join(lib, 'coreBundle.js'), 'utf8');
    const list = /disabledFeatures = \[([\s\S]*?)\]/.exec(bundle)?.[1];
    expect(
      list,
      'Playwright’s disabledFeatures array, in playwright-core/lib/coreBundle.js',
    ).toBeDefined();
    const playwrights = [...list!.matchAll(/^\s*"([A-Za-z0-9]+)"/gm)].map((m) => m[1]);
    expect(playwrights.length).toBeGreaterThan(5);
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(expect.arrayContaining(playwrights));
  });
});

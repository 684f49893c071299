/**
 * Debian's Chromium and the flags every browser run here uses — the end-to-end suite, the
 * benchmarks and Lighthouse: nothing downloads a browser, and nothing reaches past this
 * machine (no background networking, updates or sync).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Browser features switched off on top of the launcher's own. Chromium 156 preloads the
 * omnibox's popups, WebUI pages (chrome://omnibox-popup.top-chrome/), in a renderer of their
 * own for every new window, headless too: 200–800 chrome:// requests and their scripts.
 * Each new browser context is a new window, so on a 2-core machine every cold load measured
 * shared the CPU with them: 200–250 ms of a 2.2–2.4 s cold overview (README decision 32).
 * A person's browser did that once, when its window opened.
 */
export const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * Playwright's own `--disable-features` (playwright-core's chromiumSwitches.ts). Chromium
 * reads only the last `--disable-features`, so ours must repeat these; a test
 * (tests/chromium.test.ts) fails when the installed Playwright disables one not listed.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * `args` with DISABLED_FEATURES merged into its `--disable-features` (one is added if it has
 * none): a second switch would replace the first, not add to it.
 */
export function withDisabledFeatures(args: readonly string[]): string[] {
  const prefix = '--disable-features=';
  const at = args.findLastIndex((a) => a.startsWith(prefix));
  const existing = at >= 0 ? args[at]!.slice(prefix.length).split(',').filter(Boolean) : [];
  const merged = `${prefix}${[...new Set([...existing, ...DISABLED_FEATURES])].join(',')}`;
  return at >= 0 ? args.map((a, i) => (i === at ? merged : a)) : [...args, merged];
}

/** For Playwright's launches: its defaults come first, and ours (the last) replace them. */
export const CHROMIUM_ARGS = withDisabledFeatures([
  ...BASE_ARGS,
  `--disable-features=${PLAYWRIGHT_DISABLED_FEATURES.join(',')}`,
]);

/** For chrome-launcher's (Lighthouse): its defaults, with ours merged in. */
export function chromeLauncherFlags(launcherDefaults: readonly string[]): string[] {
  return withDisabledFeatures([...launcherDefaults, ...BASE_ARGS]);
}

/**
 * Debian's Chromium and the flags every browser run here uses — the end-to-end suite, the
 * benchmarks and Lighthouse: nothing downloads a browser, and nothing reaches past this
 * machine (no background networking, updates or sync).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

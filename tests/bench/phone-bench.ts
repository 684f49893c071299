/**
 * The overview opened cold on a phone as Lighthouse's mobile preset describes one (412×823,
 * 4× CPU slowdown, slow 4G), with that slowdown applied by the browser itself and no trace
 * recorded. Lighthouse instead loads the page at full speed while recording a trace and
 * simulates the phone from it; that trace records each layout and style invalidation with
 * its JavaScript stack, which costs far more than the DOM change behind it (README decision
 * 31). This is the same load as a phone runs it, for reading Lighthouse's blocking time
 * against.
 */
import type { Browser } from '@playwright/test';
import { screenEmulationMetrics, throttling } from 'lighthouse/core/config/constants.js';
import { distribution, round1, type Distribution } from './bench-stats.ts';

/** Lighthouse's own mobile preset: its screen, and its throttling as DevTools applies it. */
const SCREEN = screenEmulationMetrics.mobile;
const SLOW_4G = throttling.mobileSlow4G;

const LOAD_WAIT_MS = 12_000;

export interface PhoneLoadResult {
  firstContentfulPaintMs: Distribution;
  largestContentfulPaintMs: Distribution;
  /** Lighthouse's measure, without its trace: each long task's time over 50 ms, summed. */
  blockingAfterFcpMs: Distribution;
  /** After the first paint; before it the entry's evaluation is one long task by design. */
  longestTaskAfterFcpMs: number;
}

interface PageMarks {
  fcp: number;
  lcp: number;
  tasks: [number, number][];
}

function instrument() {
  const marks = { lcp: Number.NaN, tasks: [] as [number, number][] };
  (window as unknown as { __phone: typeof marks }).__phone = marks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) marks.tasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) marks.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

async function loadOnce(browser: Browser, url: string): Promise<PageMarks> {
  const context = await browser.newContext({
    viewport: { width: SCREEN.width, height: SCREEN.height },
    deviceScaleFactor: SCREEN.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(instrument);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpuSlowdownMultiplier });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_4G.requestLatencyMs,
      downloadThroughput: (SLOW_4G.downloadThroughputKbps * 1024) / 8,
      uploadThroughput: (SLOW_4G.uploadThroughputKbps * 1024) / 8,
    });
    await page.goto(url);
    // A fixed wait, with nothing asked of the page meanwhile: Playwright's selector engine
    // is a large script, evaluated in the page the first time a selector is used, and at 4×
    // that is itself a long task (80 ms) that would be counted as the app's. The load takes
    // about 6 s; whether the overview was drawn is checked after.
    await page.waitForTimeout(LOAD_WAIT_MS);
    const marks = await page.evaluate(() => {
      const recorded = (window as unknown as { __phone: Omit<PageMarks, 'fcp'> }).__phone;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      const drawn = document.querySelector('.trends-overview-content[data-state="ready"]');
      return { ...recorded, fcp: fcp ?? Number.NaN, drawn: drawn !== null };
    });
    if (!marks.drawn)
      throw new Error(`phone load: the overview was not drawn in ${LOAD_WAIT_MS} ms`);
    return marks;
  } finally {
    await context.close();
  }
}

export async function benchPhoneLoads(
  browser: Browser,
  appUrl: string,
  { loads = 5 } = {},
): Promise<PhoneLoadResult> {
  const samples: PageMarks[] = [];
  for (let i = 0; i < loads; i++) samples.push(await loadOnce(browser, `${appUrl}/`));
  const afterFcp = (s: PageMarks) => s.tasks.filter(([start]) => start >= s.fcp);
  return {
    firstContentfulPaintMs: distribution(samples.map((s) => s.fcp)),
    largestContentfulPaintMs: distribution(samples.map((s) => s.lcp)),
    blockingAfterFcpMs: distribution(
      samples.map((s) => afterFcp(s).reduce((sum, [, duration]) => sum + duration - 50, 0)),
    ),
    longestTaskAfterFcpMs: round1(
      Math.max(0, ...samples.flatMap((s) => afterFcp(s).map(([, duration]) => duration))),
    ),
  };
}

/**
 * Lighthouse 12 (its Node API) against the built app's overview, in Debian's Chromium
 * started by chrome-launcher: performance, accessibility and best-practices scores (0–100),
 * with the metrics behind the performance score. Both presets: `desktop` (the analysts'
 * laptops: no CPU slowdown, a fast connection) and `mobile` (Lighthouse's default: 4× CPU
 * slowdown and a slow 4G connection, simulated). Nothing leaves 127.0.0.1.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { round1 } from './bench-stats.ts';
import { CHROMIUM_PATH, chromeLauncherFlags } from '../chromium.ts';

export interface LighthouseScores {
  preset: 'desktop' | 'mobile';
  performance: number;
  accessibility: number;
  bestPractices: number;
  metricsMs: {
    firstContentfulPaint: number;
    largestContentfulPaint: number;
    totalBlockingTime: number;
    speedIndex: number;
  };
  /** The score's CLS (unitless). */
  cumulativeLayoutShift: number;
  /** Audits that failed in accessibility and best practices, for the reader to fix. */
  failing: string[];
}

/**
 * One Lighthouse run, tried again once when Lighthouse itself fails to record the page load
 * (NO_NAVSTART and the like happen now and then on a loaded machine; a second run is a
 * fresh recording, not a second opinion on the scores).
 */
async function auditOnce(url: string, port: number, preset: 'desktop' | 'mobile') {
  let lastError: unknown;
  for (let attempt = 0; attempt < 2; attempt++) {
    const result = await lighthouse(
      url,
      {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) lastError = new Error('Lighthouse returned nothing');
    else if (result.lhr.runtimeError) {
      lastError = new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    } else return result.lhr;
  }
  throw lastError;
}

export async function runLighthouse(
  url: string,
  presets: readonly ('desktop' | 'mobile')[] = ['desktop', 'mobile'],
): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    // chrome-launcher's own flags, with ours and the features we switch off merged in.
    ignoreDefaultFlags: true,
    chromeFlags: chromeLauncherFlags(chromeLauncher.Launcher.defaultFlags()),
    logLevel: 'error',
  });
  try {
    const out: LighthouseScores[] = [];
    for (const preset of presets) {
      const lhr = await auditOnce(url, chrome.port, preset);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const metric = (id: string) => round1(lhr.audits[id]?.numericValue ?? Number.NaN);
      const failing = ['accessibility', 'best-practices'].flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${category}: ${ref.id}`),
      );
      out.push({
        preset,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        metricsMs: {
          firstContentfulPaint: metric('first-contentful-paint'),
          largestContentfulPaint: metric('largest-contentful-paint'),
          totalBlockingTime: metric('total-blocking-time'),
          speedIndex: metric('speed-index'),
        },
        cumulativeLayoutShift:
          Math.round((lhr.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
        failing,
      });
    }
    return out;
  } finally {
    chrome.kill();
  }
}

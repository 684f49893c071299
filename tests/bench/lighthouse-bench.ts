/**
 * Lighthouse 12 (its Node API) against the built app's overview, in Debian's Chromium
 * started by chrome-launcher: performance, accessibility and best-practices scores (0–100),
 * with the metrics behind the performance score. Both presets: `desktop` (the analysts'
 * laptops: no CPU slowdown, a fast connection) and `mobile` (Lighthouse's default: 4× CPU
 * slowdown and a slow 4G connection, simulated). Nothing leaves 127.0.0.1.
 *
 * Each preset runs several times (BENCH_LIGHTHOUSE_RUNS, default 5) and the figures are the
 * medians, each run's performance score printed beside them: Lighthouse's own guidance on
 * variability (docs/variability.md) is that the median of 5 runs is about twice as stable
 * as one. Single runs here moved between 88 and 99 on desktop for one build (README
 * decision 36).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import {
  medianScores,
  readRun,
  type LighthouseScores,
  type RunFigures,
} from './lighthouse-scores.ts';
import { CHROMIUM_PATH, chromeLauncherFlags } from '../chromium.ts';

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

export type { LighthouseScores };

export async function runLighthouse(
  url: string,
  {
    presets = ['desktop', 'mobile'],
    runs = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5),
  }: { presets?: readonly LighthouseScores['preset'][]; runs?: number } = {},
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
      const figures: RunFigures[] = [];
      // Lighthouse resets the page's storage and cache before each run: every run is cold.
      for (let i = 0; i < Math.max(1, runs); i++) {
        figures.push(readRun(await auditOnce(url, chrome.port, preset)));
      }
      out.push(medianScores(preset, figures));
    }
    return out;
  } finally {
    chrome.kill();
  }
}

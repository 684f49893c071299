/**
 * Lighthouse's figures as the benchmark reads them: one run's scores and metrics, and the
 * median of several runs of one preset (see lighthouse-bench.ts for why several).
 */
import type { Result } from 'lighthouse';
import { quantile, round1 } from './bench-stats.ts';

/** One preset's figures: each the median over the runs. */
export interface LighthouseScores {
  preset: 'desktop' | 'mobile';
  /** Each run's performance score, in the order run. */
  performanceRuns: number[];
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
  /** Audits that failed in accessibility and best practices in any run, for the reader to fix. */
  failing: string[];
}

/** One run's figures: a preset's, without the preset and the list of runs. */
export type RunFigures = Omit<LighthouseScores, 'preset' | 'performanceRuns'>;

/** One run's figures. */
export function readRun(lhr: Result): RunFigures {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    metricsMs: {
      firstContentfulPaint: metric('first-contentful-paint'),
      largestContentfulPaint: metric('largest-contentful-paint'),
      totalBlockingTime: metric('total-blocking-time'),
      speedIndex: metric('speed-index'),
    },
    cumulativeLayoutShift: metric('cumulative-layout-shift'),
    failing: ['accessibility', 'best-practices'].flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${category}: ${ref.id}`),
    ),
  };
}

/** The runs of one preset as one set of figures: the median of each. */
export function medianScores(
  preset: LighthouseScores['preset'],
  runs: readonly RunFigures[],
): LighthouseScores {
  const median = (pick: (r: RunFigures) => number) => quantile(runs.map(pick), 0.5);
  const metric = (name: keyof RunFigures['metricsMs']) => round1(median((r) => r.metricsMs[name]));
  return {
    preset,
    performanceRuns: runs.map((r) => r.performance),
    performance: median((r) => r.performance),
    accessibility: median((r) => r.accessibility),
    bestPractices: median((r) => r.bestPractices),
    metricsMs: {
      firstContentfulPaint: metric('firstContentfulPaint'),
      largestContentfulPaint: metric('largestContentfulPaint'),
      totalBlockingTime: metric('totalBlockingTime'),
      speedIndex: metric('speedIndex'),
    },
    cumulativeLayoutShift: Math.round(median((r) => r.cumulativeLayoutShift) * 1000) / 1000,
    failing: [...new Set(runs.flatMap((r) => r.failing))],
  };
}

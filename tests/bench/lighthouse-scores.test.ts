import type { Result } from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { medianScores, readRun, type RunFigures } from './lighthouse-scores.ts';

const run = (performance: number, tbt: number, failing: string[] = []): RunFigures => ({
  performance,
  accessibility: 100,
  bestPractices: 100,
  metricsMs: {
    firstContentfulPaint: 700,
    largestContentfulPaint: 850,
    totalBlockingTime: tbt,
    speedIndex: 1000,
  },
  cumulativeLayoutShift: 0.007,
  failing,
});

describe("Lighthouse's figures", () => {
  it('reads one run: scores out of 100, metrics, and the failing audits that weigh', () => {
    const lhr = {
      categories: {
        performance: { score: 0.956, auditRefs: [] },
        accessibility: {
          score: 0.97,
          auditRefs: [
            { id: 'target-size', weight: 7 },
            { id: 'unweighted', weight: 0 },
          ],
        },
        'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
      },
      audits: {
        'first-contentful-paint': { numericValue: 683.7 },
        'largest-contentful-paint': { numericValue: 834.9 },
        'total-blocking-time': { numericValue: 138 },
        'speed-index': { numericValue: 1067.8 },
        'cumulative-layout-shift': { numericValue: 0.0071 },
        'target-size': { score: 0 },
        unweighted: { score: 0 },
        'errors-in-console': { score: 1 },
      },
    } as unknown as Result;
    expect(readRun(lhr)).toEqual({
      performance: 96,
      accessibility: 97,
      bestPractices: 100,
      metricsMs: {
        firstContentfulPaint: 683.7,
        largestContentfulPaint: 834.9,
        totalBlockingTime: 138,
        speedIndex: 1067.8,
      },
      cumulativeLayoutShift: 0.0071,
      failing: ['accessibility: target-size'],
    });
  });

  it('gives the median of the runs, not the best or the mean, and every run beside it', () => {
    const figures = medianScores('desktop', [
      run(88, 271),
      run(99, 27, ['accessibility: target-size']),
      run(96, 138),
      run(98, 67),
      run(90, 233),
    ]);
    expect(figures.performance).toBe(96);
    expect(figures.metricsMs.totalBlockingTime).toBe(138);
    expect(figures.performanceRuns).toEqual([88, 99, 96, 98, 90]);
    // An audit that failed in any run is reported.
    expect(figures.failing).toEqual(['accessibility: target-size']);
  });
});

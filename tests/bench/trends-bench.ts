/**
 * Figures for the trends page: time from a filter change to every chart on the page
 * updated, split into the network wait (until the last API answer of that change arrived)
 * and the dashboard's own time after it; and the longest main-thread task during the changes.
 *
 * "Updated": `.trends-content` leaves `data-state="ready"` when it reads the new URL and
 * comes back to it once every chart shows the new answers; the time is taken after the
 * next paint. Filter changes are pushed as URLs (what a click in the filter bar does).
 */
import type { Page } from '@playwright/test';
import { filterEnums } from '../../src/api/contract/enums.ts';
import { quantile, round1 } from './bench-stats.ts';

export interface TrendsBenchResult {
  changes: number;
  totalMs: { median: number; p95: number };
  afterDataMs: { median: number; p95: number };
  longestTaskMs: number;
  longTasksOver50: number;
}

function searches(n: number): string[] {
  const urgency = filterEnums.urgency.values;
  const platform = filterEnums.platform.values;
  return Array.from({ length: n }, (_, i) => {
    const p = new URLSearchParams({ range: '12m' });
    p.set('urgency', urgency[i % urgency.length] as string);
    p.set('platform', platform[Math.floor(i / urgency.length) % platform.length] as string);
    return `?${p}`;
  });
}

function timeChange(page: Page, search: string) {
  return page.evaluate(
    (next) =>
      new Promise<{ total: number; afterData: number; longest: number; over50: number }>(
        (resolve, reject) => {
          const content = () => document.querySelector('.trends-content');
          let left = false;
          let lastData = 0;
          let longest = 0;
          let over50 = 0;
          const t0 = performance.now();
          const tasks = new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
              longest = Math.max(longest, e.duration);
              if (e.duration > 50) over50++;
            }
          });
          tasks.observe({ type: 'longtask' });
          const resources = new PerformanceObserver((list) => {
            for (const e of list.getEntries() as PerformanceResourceTiming[]) {
              if (e.name.includes('/api/v1/') && e.startTime >= t0)
                lastData = Math.max(lastData, e.responseEnd);
            }
          });
          resources.observe({ type: 'resource' });
          const giveUp = setTimeout(
            () => reject(new Error(`not updated within 60 s: ${next}`)),
            60_000,
          );
          const check = () => {
            const state = content()?.getAttribute('data-state');
            if (state !== 'ready') left = true;
            else if (left) {
              observer.disconnect();
              clearTimeout(giveUp);
              requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => {
                  const end = performance.now();
                  for (const e of resources.takeRecords() as PerformanceResourceTiming[]) {
                    if (e.name.includes('/api/v1/') && e.startTime >= t0)
                      lastData = Math.max(lastData, e.responseEnd);
                  }
                  tasks.disconnect();
                  resources.disconnect();
                  resolve({
                    total: end - t0,
                    afterData: end - Math.max(lastData, t0),
                    longest,
                    over50,
                  });
                };
                channel.port2.postMessage(null);
              });
            }
          };
          const observer = new MutationObserver(check);
          observer.observe(document.body, {
            subtree: true,
            attributes: true,
            attributeFilter: ['data-state'],
          });
          window.history.pushState({}, '', `/trends${next}`);
          window.dispatchEvent(new PopStateEvent('popstate'));
        },
      ),
    search,
  );
}

/** `page` must already be on the app's origin. */
export async function benchTrends(page: Page, changes = 24): Promise<TrendsBenchResult> {
  await page.goto(new URL('/trends?range=12m', page.url()).href);
  // tsx compiles named functions with a `__name` helper the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  await page.locator('.trends-content[data-state="ready"]').waitFor({ timeout: 120_000 });
  const totals: number[] = [];
  const afterData: number[] = [];
  let longest = 0;
  let over50 = 0;
  // A mark where the changes begin, so a performance trace can leave the page load out.
  await page.evaluate(() => performance.mark('trends-bench:changes'));
  for (const search of searches(changes)) {
    const r = await timeChange(page, search);
    totals.push(r.total);
    afterData.push(r.afterData);
    longest = Math.max(longest, r.longest);
    over50 += r.over50;
  }
  return {
    changes,
    totalMs: { median: round1(quantile(totals, 0.5)), p95: round1(quantile(totals, 0.95)) },
    afterDataMs: {
      median: round1(quantile(afterData, 0.5)),
      p95: round1(quantile(afterData, 0.95)),
    },
    longestTaskMs: round1(longest),
    longTasksOver50: over50,
  };
}

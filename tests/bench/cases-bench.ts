/**
 * Figures for the case table in a real browser, for `npm run bench`:
 *
 *   const result = await benchCases(page);   // page: the built app, on the mocked API (1M reports)
 *
 * 1. Filter change → first rows painted, median and p95 over ≥ 20 changes. Each change is a
 *    different, never-cached filter set, applied the way the filter bar applies one: a new
 *    URL pushed on the app's history (router navigation; the click handling itself is
 *    left out, it is not what is being measured).
 *
 *    "Rows painted" is this DOM signal: the list's QueryState wrapper (`.query-result`, the
 *    element that holds the grid) goes `aria-busy="true"` (the previous rows stay on screen
 *    while the new page loads) and back to `aria-busy="false"` with a first body row
 *    (`[role=row][aria-rowindex="2"]`, or the "no reports match" box) in the grid; the time
 *    taken is that of the first frame after it: a requestAnimationFrame callback runs just
 *    before the browser paints, and a message posted from it runs just after.
 *
 * 2. The longest main-thread task (PerformanceObserver 'longtask', ≥ 50 ms; 0 if none)
 *    while scrolling the unfiltered list through 10,000 rows, a frame at a time, loading
 *    pages as it goes, as a fast reader dragging the scrollbar would.
 *
 * 3. Rows in the DOM: the most seen at any frame of that scroll, and at its end.
 *
 * Figures, not pass/fail. The page's URL must be on the app's origin (any path).
 */
import type { Page } from '@playwright/test';
import { filterEnums } from '../../src/api/contract/enums.ts';
import { distribution, type Distribution } from './bench-stats.ts';

export interface CasesBenchOptions {
  /** Filter changes to time (at least 20). */
  changes?: number;
  /** Rows to scroll through. */
  scrollRows?: number;
  /** Pixels scrolled per frame (a row is 40 px). */
  pixelsPerFrame?: number;
}

export interface CasesBenchResult {
  /** Filter change → first rows painted (ms). */
  filterToRowsPainted: Distribution & {
    samples: number[];
    /** Changes whose answer was already cached (no loading state): left out of the figures. */
    cached: number;
  };
  scroll: {
    rows: number;
    durationMs: number;
    /** Longest main-thread task during the scroll (ms); 0 when none reached 50 ms. */
    longestTaskMs: number;
    longTasks: number;
    /** Pages of 100 rows loaded on the way. */
    pagesLoaded: number;
  };
  rowsInDom: { max: number; atEnd: number };
}

const ROW_HEIGHT = 40;

/** Distinct filter sets, none of them the previous one's: every change is a new query. */
function filterSearches(n: number): string[] {
  const urgency = filterEnums.urgency.values;
  const status = filterEnums.status.values;
  const source = filterEnums.source.values;
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const params = new URLSearchParams({ range: 'all' });
    params.set('urgency', urgency[i % urgency.length] as string);
    params.set('status', status[Math.floor(i / urgency.length) % status.length] as string);
    const round = Math.floor(i / (urgency.length * status.length));
    if (round > 0) params.set('source', source[(round - 1) % source.length] as string);
    out.push(`?${params}`);
  }
  return out;
}

async function openList(page: Page, search: string): Promise<void> {
  const current = new URL(page.url());
  if (!/^https?:$/.test(current.protocol)) {
    throw new Error(`benchCases needs a page on the app's origin, not ${page.url()}`);
  }
  await page.goto(new URL(`/cases${search}`, current).href);
  // Run under tsx, the functions below are compiled with esbuild's keepNames, which wraps
  // named functions in a `__name` helper the page does not have: give it one (a string, so
  // it is not compiled itself).
  await page.evaluate('globalThis.__name ??= (f) => f');
  await page.getByRole('grid', { name: 'Cases' }).waitFor({ timeout: 120_000 });
  await page.locator('[role="grid"] [role="row"][aria-rowindex="2"]').waitFor({ timeout: 120_000 });
}

/** One filter change, timed in the page from the URL change to the frame that shows the rows. */
function timeFilterChange(page: Page, search: string): Promise<{ ms: number; cached: boolean }> {
  return page.evaluate(
    (nextSearch) =>
      new Promise<{ ms: number; cached: boolean }>((resolve, reject) => {
        const wrapper = () => document.querySelector('[role="grid"]')?.closest('.query-result');
        const hasRows = () =>
          document.querySelector('[role="grid"] [role="row"][aria-rowindex="2"]') !== null ||
          document.querySelector('.case-empty') !== null;
        let sawBusy = false;
        let done = false;
        const t0 = performance.now();
        const finish = (cached: boolean) => {
          if (done) return;
          done = true;
          observer.disconnect();
          clearTimeout(giveUp);
          clearTimeout(noLoad);
          // rAF runs right before the paint; a message posted from it runs right after.
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve({ ms: performance.now() - t0, cached });
            channel.port2.postMessage(null);
          });
        };
        const check = () => {
          const busy = wrapper()?.getAttribute('aria-busy') === 'true';
          if (busy) sawBusy = true;
          else if (sawBusy && hasRows()) finish(false);
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['aria-busy', 'aria-rowindex'],
        });
        const giveUp = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no rows within 60 s for ${nextSearch}`));
        }, 60_000);
        // Never busy: the answer was in the cache already.
        const noLoad = setTimeout(() => {
          if (!sawBusy && hasRows()) finish(true);
        }, 1_000);
        window.history.pushState({}, '', `/cases${nextSearch}`);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }),
    search,
  );
}

/** Scrolls the grid through `rows` rows, a step per frame, recording long tasks and DOM rows. */
function scrollThrough(page: Page, rows: number, step: number) {
  return page.evaluate(
    ({ rows, step, rowHeight }) =>
      new Promise<{
        durationMs: number;
        longestTaskMs: number;
        longTasks: number;
        maxRows: number;
        endRows: number;
        pagesLoaded: number;
      }>((resolve, reject) => {
        const box = document.querySelector<HTMLElement>('[role="grid"]');
        if (!box) return reject(new Error('no grid'));
        const body = box.querySelector<HTMLElement>('.case-tbody');
        const rowCount = () => box.querySelectorAll('.case-tbody [role="row"]').length;
        const loadedRows = () =>
          Math.round((parseFloat(body?.style.height ?? '') || 0) / rowHeight);
        let longest = 0;
        let longTasks = 0;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            longTasks++;
            longest = Math.max(longest, entry.duration);
          }
        });
        observer.observe({ type: 'longtask', buffered: false });
        const loadedBefore = loadedRows();
        const target = rows * rowHeight;
        let maxRows = rowCount();
        const started = performance.now();
        const frame = () => {
          maxRows = Math.max(maxRows, rowCount());
          const room = box.scrollHeight - box.clientHeight;
          if (box.scrollTop >= target || performance.now() - started > 180_000) {
            // Let the observer deliver what the last frames produced.
            setTimeout(() => {
              observer.disconnect();
              // Pages are 100 rows (LIST_PAGE_SIZE).
              const pagesLoaded = Math.round((loadedRows() - loadedBefore) / 100);
              resolve({
                durationMs: performance.now() - started,
                longestTaskMs: longest,
                longTasks,
                maxRows,
                endRows: rowCount(),
                pagesLoaded,
              });
            }, 100);
            return;
          }
          // Up to the loaded end; the table asks for the next page well before it.
          box.scrollTop = Math.min(target, box.scrollTop + step, room);
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { rows, step, rowHeight: ROW_HEIGHT },
  );
}

export async function benchCases(
  page: Page,
  { changes = 24, scrollRows = 10_000, pixelsPerFrame = 400 }: CasesBenchOptions = {},
): Promise<CasesBenchResult> {
  const searches = filterSearches(Math.max(20, changes));
  await openList(page, '?range=all');

  const samples: number[] = [];
  let cached = 0;
  for (const search of searches) {
    const { ms, cached: wasCached } = await timeFilterChange(page, search);
    if (wasCached) cached++;
    else samples.push(Math.round(ms * 10) / 10);
  }

  await openList(page, '?range=all');
  const scroll = await scrollThrough(page, scrollRows, pixelsPerFrame);

  const result: CasesBenchResult = {
    filterToRowsPainted: { ...distribution(samples), samples, cached },
    scroll: {
      rows: scrollRows,
      durationMs: Math.round(scroll.durationMs),
      longestTaskMs: Math.round(scroll.longestTaskMs),
      longTasks: scroll.longTasks,
      pagesLoaded: scroll.pagesLoaded,
    },
    rowsInDom: { max: scroll.maxRows, atEnd: scroll.endRows },
  };
  return result;
}

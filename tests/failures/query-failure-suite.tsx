import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../features/hotspots/leaflet-in-jsdom.ts';
import { mockGridLayout } from '../features/cases/layout-mocks.ts';
import { setUpMockApi } from '../app/mock-api.ts';
import { MAX_RETRIES } from '../../src/lib/query-client.ts';
import { isApiError } from '../../src/api/client/api-error.ts';
import { endpoints } from '../../src/api/contract/endpoints.ts';
import type { EndpointKey, FailureKind } from '../../mocks/scenarios.ts';
import { renderFailingApp } from './render-failing-app.tsx';
import type { QueryCase } from './query-cases.ts';

/**
 * Every query the dashboard makes (tests/failures/query-cases.ts lists them, one per view
 * that asks; three test files take three of them each, so they run in parallel) against every way the intake API can fail, through the real mocked API and
 * the app's own retry and recovery policy. For each pair:
 *   1. on first load the failing view says what went wrong, with Retry, in that view only;
 *      another view on the page still shows its data;
 *   2. the failing call was retried only if retrying can help, and at most MAX_RETRIES times;
 *   3. when the API recovers, the view recovers by itself (no click);
 *   4. when a refresh fails later, the last good data stays, marked stale, and recovers too.
 * And an empty store gives each view its empty state, never an error.
 */

/** What the app tells the user for each kind of failure (from the one HTTP client). */
export const failureMessages: Record<FailureKind, RegExp> = {
  'server-error': /The intake API failed \(error 500\)/,
  unavailable: /The intake API is unavailable/,
  'rate-limited': /Too many requests to the intake API\. Try again in 2 seconds\./,
  network: /Could not reach the intake API/,
  timeout: /The intake API did not answer within/,
  'malformed-json': /the response was not valid JSON/,
  'contract-violation': /cannot read .*field/,
};
const messages = failureMessages;
/** Worth retrying: the failure may go away by itself. */
const transient = new Set<FailureKind>([
  'server-error',
  'unavailable',
  'rate-limited',
  'network',
  'timeout',
]);
const kinds = Object.keys(messages) as FailureKind[];

export function describeQueryFailures(cases: QueryCase[]): void {
  if (cases.length === 0) throw new Error('describeQueryFailures: no query to test');
  mockGridLayout();
  const api = setUpMockApi();

  /** The path an endpoint key stands for (the report endpoints take an id). */
  function endpointPath(key: EndpointKey): RegExp {
    const p = endpoints[key];
    const path = typeof p === 'string' ? p : p('ID').replace('ID', '[^/]+');
    return new RegExp(`/api/v1${path.replace(/[.]/g, '\\.')}$`);
  }

  /** Calls to the endpoint so far, by URL (each URL is one query). */
  function callsByUrl(key: EndpointKey): number[] {
    const path = endpointPath(key);
    const calls = new Map<string, number>();
    for (const r of api.requests) {
      if (!path.test(r.url.pathname)) continue;
      const url = r.url.toString();
      calls.set(url, (calls.get(url) ?? 0) + 1);
    }
    return [...calls.values()];
  }

  /** Every alert on the page, as text. */
  const alertTexts = () => screen.queryAllByRole('alert').map((a) => a.textContent ?? '');

  /** The view's alert saying what went wrong, found in one look (views re-render as they retry). */
  function findViewAlert(c: QueryCase, message: RegExp): Promise<string> {
    return waitFor(
      () => {
        const text = alertTexts().find(
          (t) => c.errorTitle.test(t) && message.test(t) && /Retry$/.test(t),
        );
        if (!text) throw new Error(`no alert says ${c.errorTitle} with ${message}`);
        return text;
      },
      { timeout: 10_000 },
    );
  }

  /** Each time a query ends in error: the call that failed and how many attempts it made. */
  function recordFailures(app: ReturnType<typeof renderFailingApp>) {
    const failures: { endpoint: string; attempts: number }[] = [];
    const unsubscribe = app.queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return;
      const error = event.query.state.error;
      failures.push({
        endpoint: isApiError(error) ? error.endpoint : String(error),
        attempts: event.query.state.fetchFailureCount,
      });
    });
    return { failures, unsubscribe };
  }

  const urlOf = (c: QueryCase) => (typeof c.url === 'function' ? c.url(api.db) : c.url);

  afterEach(() => {
    // Nothing may keep failing into the next test.
    api.scenario.reset();
  });

  describe.each(cases)('$name ($endpoint) at $url', (c) => {
    it.each(kinds)(
      '%s: message in the view only, bounded retries, recovers by itself, stale data kept',
      async (kind) => {
        const url = urlOf(c);
        api.scenario.set({ failures: [{ endpoint: c.endpoint, kind }] });
        const app = renderFailingApp(url);
        const recorded = recordFailures(app);

        // 1. The failing view says what went wrong, with Retry; nothing else on the page fails.
        await findViewAlert(c, messages[kind]);
        for (const text of alertTexts()) expect(text).toMatch(c.errorTitle);
        if (c.sibling) expect((await screen.findAllByText(c.sibling)).length).toBeGreaterThan(0);

        // 2. Retried only when it can help, and boundedly: the app's own count of attempts for
        // each failed fetch, and the calls the API saw (each view that mounts on a failed query,
        // and each recovery poll, starts one more round: several, never unbounded).
        const expected = transient.has(kind) ? 1 + MAX_RETRIES : 1;
        expect(recorded.failures.length).toBeGreaterThan(0);
        for (const f of recorded.failures) {
          expect(f.endpoint).toMatch(c.endpointLabel);
          expect(f.attempts, f.endpoint).toBe(expected);
        }
        recorded.unsubscribe();
        const calls = callsByUrl(c.endpoint);
        expect(calls.length).toBeGreaterThan(0);
        expect(Math.max(...calls)).toBeLessThanOrEqual(expected * 10);

        // 3. The API recovers: so does the view, without a click.
        api.scenario.reset();
        const ready = await screen.findAllByText(c.ready, {}, { timeout: 10_000 });
        expect(ready.length).toBeGreaterThan(0);
        await waitFor(() => expect(alertTexts()).toEqual([]), { timeout: 10_000 });

        // 4. A later refresh fails: the data stays, marked stale, and recovers by itself.
        api.scenario.set({ failures: [{ endpoint: c.endpoint, kind }] });
        await act(() => app.queryClient.invalidateQueries());
        const [marker] = await screen.findAllByText(/refresh failed/, {}, { timeout: 10_000 });
        expect(marker).toHaveTextContent(/^Showing data from \d\d:\d\d — refresh failed\./);
        expect(marker).toHaveTextContent(messages[kind]);
        expect(screen.getAllByText(c.ready).length).toBeGreaterThan(0);
        expect(alertTexts()).toEqual([]);
        api.scenario.reset();
        await waitFor(() => expect(screen.queryAllByText(/refresh failed/)).toEqual([]), {
          timeout: 10_000,
        });
        app.unmount();
      },
    );

    it('an empty result: the view says so, with no error', async () => {
      api.scenario.set({ empty: true });
      const app = renderFailingApp(urlOf(c));
      const shown = await screen.findAllByText(c.empty, {}, { timeout: 10_000 });
      expect(shown.length).toBeGreaterThan(0);
      if (c.emptyIsNotFound) {
        for (const text of alertTexts()) expect(text).toMatch(/No report with this id/);
      } else expect(alertTexts()).toEqual([]);
      app.unmount();
    });
  });
}

import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockGridLayout } from '../features/cases/layout-mocks.ts';
import { analyst, setUpMockApi } from '../app/mock-api.ts';
import { DEFAULT_SORT } from '../../src/api/contract/list-params.ts';
import { parseFilterUrl } from '../../src/filters/filter-state.ts';
import { todayUtc } from '../../src/lib/dates.ts';
import type { FailureKind } from '../../mocks/scenarios.ts';
import { renderFailingApp } from './render-failing-app.tsx';
import { failureMessages } from './query-failure-suite.tsx';

/**
 * The two calls that are not queries: revealing a narrative (an audited act) and the CSV
 * export (a stream). Neither is retried behind the user's back: one reveal is one audit
 * record, and an export is minutes of work. Each failure shows its message next to the
 * button, the rest of the page stays as it was, and the same click works once the API
 * does. An export answered with something that is not CSV is refused, not saved.
 */

mockGridLayout();
const api = setUpMockApi();

const messages: Record<FailureKind, RegExp> = {
  ...failureMessages,
  'malformed-json': /cannot read/,
  'contract-violation': /cannot read/,
};
const kinds = Object.keys(messages) as FailureKind[];

const calls = (path: RegExp) => api.requests.filter((r) => path.test(r.url.pathname)).length;

function reportWithPersonalData(): string {
  const all = parseFilterUrl(new URLSearchParams('range=all'), todayUtc()).apiFilters;
  let cursor: string | null = null;
  for (let i = 0; i < 20; i++) {
    const page = api.db.listReports(analyst, all, DEFAULT_SORT, 200, cursor);
    for (const item of page.items) {
      if (api.db.getReport(analyst, item.id)?.narrativeMasked) return item.id;
    }
    cursor = page.nextCursor;
  }
  throw new Error('no report with masked personal data');
}

describe('revealing a narrative', () => {
  it.each(kinds)(
    '%s: says why next to the button, no second audited call, works on the next click',
    async (kind) => {
      const id = reportWithPersonalData();
      const app = renderFailingApp(`/cases/${id}`);
      const reveal = await screen.findByRole('button', { name: 'Reveal personal data' });
      api.scenario.set({ failures: [{ endpoint: 'reveal', kind }] });
      await app.user.click(reveal);
      const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
      expect(alert).toHaveTextContent(messages[kind]);
      expect(calls(/\/reveal$/)).toBe(1);
      // The masked narrative and the rest of the case stay.
      expect(screen.getByRole('region', { name: 'Narrative text' })).toHaveTextContent(
        /\[(email|phone|handle|link)\]/,
      );
      expect(screen.getByText('Came in through')).toBeInTheDocument();

      api.scenario.reset();
      await app.user.click(screen.getByRole('button', { name: 'Reveal personal data' }));
      expect(await screen.findByText(/audit id/, {}, { timeout: 10_000 })).toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(calls(/\/reveal$/)).toBe(2);
      app.unmount();
    },
  );
});

describe('the CSV export', () => {
  const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
  let saved: string[];
  beforeEach(() => {
    saved = [];
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:export'), revokeObjectURL: vi.fn() });
    // jsdom cannot navigate to a download: record the click instead.
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
  });
  afterEach(() => {
    Object.assign(URL, original);
    vi.restoreAllMocks();
  });

  it.each(kinds)(
    '%s: says why next to the button, saves nothing, not retried, works on the next click',
    async (kind) => {
      const app = renderFailingApp('/cases?range=all');
      const button = await screen.findByRole('button', { name: 'Export CSV' });
      await screen.findAllByText(/^(New|Triaged|In review|Referred|Closed)$/);
      api.scenario.set({ failures: [{ endpoint: 'exportCsv', kind }] });
      await app.user.click(button);
      const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
      expect(alert).toHaveTextContent(messages[kind]);
      expect(saved).toEqual([]);
      expect(calls(/\/export\/reports\.csv$/)).toBe(1);
      expect(
        screen.getAllByText(/^(New|Triaged|In review|Referred|Closed)$/).length,
      ).toBeGreaterThan(0);

      api.scenario.reset();
      await app.user.click(screen.getByRole('button', { name: 'Export CSV' }));
      expect(
        await screen.findByText(/^Exported [\d,]+ rows to reports-/, {}, { timeout: 15_000 }),
      ).toBeInTheDocument();
      await waitFor(() => expect(saved).toHaveLength(1));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      app.unmount();
    },
  );

  it('an empty result: nothing to export (no enabled Export button), and no error', async () => {
    api.scenario.set({ empty: true });
    const app = renderFailingApp('/cases?range=all');
    await screen.findByText(/^No reports match these filters\.$/, {}, { timeout: 10_000 });
    const enabled = screen
      .queryAllByRole('button', { name: 'Export CSV' })
      .filter((b) => !b.hasAttribute('disabled'));
    expect(enabled).toEqual([]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(calls(/\/export\/reports\.csv$/)).toBe(0);
    app.unmount();
  });
});

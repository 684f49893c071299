import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT } from '../../../src/api/contract/list-params.ts';
import { NewestCasesPanel } from '../../../src/features/cases/components/newest-cases-panel.tsx';
import { parseFilterUrl } from '../../../src/filters/filter-state.ts';
import { todayUtc } from '../../../src/lib/dates.ts';
import { analyst, setUpMockApi } from '../../app/mock-api.ts';
import { renderApp, renderWithProviders } from '../../setup/render.tsx';
import { mockGridLayout } from './layout-mocks.ts';

/** One case in the whole app, against the real mocked intake API. */

mockGridLayout();
const api = setUpMockApi();
const PARTNER = 'demo-partner-154';
const all = parseFilterUrl(new URLSearchParams('range=all'), todayUtc()).apiFilters;

/** A report whose narrative had an email or a phone number masked. */
function reportWithPersonalData() {
  let cursor: string | null = null;
  for (let i = 0; i < 20; i++) {
    const page = api.db.listReports(analyst, all, DEFAULT_SORT, 200, cursor);
    for (const item of page.items) {
      const report = api.db.getReport(analyst, item.id)!;
      if (report.narrativeMasked && /\[(email|phone)\]/.test(report.narrative)) return report;
    }
    cursor = page.nextCursor;
  }
  throw new Error('no report with personal data in the mock store');
}

const caseHeading = (id: string) => screen.findByRole('heading', { level: 2, name: `Case ${id}` });

describe('the case page', () => {
  it('masks personal data until revealed; the reveal is the API\u2019s, audited, and not cached', async () => {
    const report = reportWithPersonalData();
    const raw = api.db.revealNarrative(analyst, report.id)!;
    expect(raw).not.toBe(report.narrative);
    const { user, queryClient, router } = renderApp(`/cases/${report.id}`);
    await caseHeading(report.id);

    const narrative = screen.getByRole('region', { name: 'Narrative text' });
    expect(narrative.textContent).toBe(report.narrative);
    expect(narrative.textContent).toMatch(/\[(email|phone)\]/);
    expect(screen.getByText(/Personal data is masked/)).toBeInTheDocument();
    expect(api.auditLog.entries()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Reveal personal data' }));
    await waitFor(() => expect(narrative.textContent).toBe(raw));
    const entries = api.auditLog.entries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ reportId: report.id, actor: 'demo-analyst' });
    expect(
      screen.getByText(`Revealed — this was recorded (audit id ${entries[0]!.auditId}).`),
    ).toBeInTheDocument();
    const reveal = api.requests.find((r) => r.url.pathname.endsWith('/reveal'));
    expect(reveal?.url.pathname).toBe(`/api/v1/reports/${report.id}/reveal`);

    // The unmasked text is nowhere in the query cache, where other views could read it.
    const cached = JSON.stringify(
      queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.state.data),
    );
    expect(cached).not.toContain(raw);

    // Leaving the case drops it: back on the case, it is masked again.
    await act(() => router.navigate('/cases?range=all'));
    await screen.findByRole('grid', { name: 'Cases' });
    await waitFor(() =>
      expect(
        JSON.stringify(
          queryClient
            .getMutationCache()
            .getAll()
            .map((m) => m.state.data),
        ),
      ).not.toContain(raw),
    );
    await act(() => router.navigate(`/cases/${report.id}`));
    await caseHeading(report.id);
    expect(screen.getByRole('region', { name: 'Narrative text' }).textContent).toBe(
      report.narrative,
    );
  });

  it('shows every field in plain words, and a link to copy without the list\u2019s filters', async () => {
    const id = api.db.listReports(analyst, all, DEFAULT_SORT, 1, null).items[0]!.id;
    const { user } = renderApp(`/cases/${id}?range=all&q=private+search`);
    await caseHeading(id);
    for (const label of ['Received', 'Urgency', 'Status', 'Location', 'Warning signs', 'Tags'])
      expect(screen.getByText(label, { selector: 'dt' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
    // user-event's clipboard stands in for the browser's.
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/cases/${id}`);
  });

  it('by direct link, with no list loaded: no Previous or Next, and no list request', async () => {
    const id = api.db.listReports(analyst, all, DEFAULT_SORT, 5, null).items[2]!.id;
    renderApp(`/cases/${id}?range=all`);
    await caseHeading(id);
    expect(screen.getByRole('button', { name: 'Previous case' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next case' })).toBeDisabled();
    expect(api.requests.some((r) => r.url.pathname.endsWith('/reports'))).toBe(false);
    expect(screen.getByRole('link', { name: 'Back to the case list' })).toHaveAttribute(
      'href',
      '/cases?range=all',
    );
  });

  it('Previous and Next follow the list it was opened from, replacing the history entry', async () => {
    const items = api.db.listReports(analyst, all, DEFAULT_SORT, 3, null).items;
    const { user, location, router } = renderApp('/cases?range=all');
    const grid = await screen.findByRole('grid', { name: 'Cases' });
    await user.click(within(grid).getAllByRole('row')[1]!);
    await caseHeading(items[0]!.id);
    expect(screen.getByRole('button', { name: 'Previous case' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next case' }));
    await caseHeading(items[1]!.id);
    expect(location().pathname).toBe(`/cases/${items[1]!.id}`);
    expect(location().search).toBe('?range=all');
    await user.click(screen.getByRole('button', { name: 'Previous case' }));
    await caseHeading(items[0]!.id);
    // "Back to the case list" is Back: one step, to the list.
    await user.click(screen.getByRole('link', { name: 'Back to the case list' }));
    await screen.findByRole('grid', { name: 'Cases' });
    expect(location().pathname).toBe('/cases');
    expect(router.state.historyAction).toBe('POP');
  });

  it.each([
    ['an id the API does not know', '/cases/R-NOPE000'],
    ['a malformed id', '/cases/%E0%A4%A'],
    ['an absurd id', `/cases/${'x'.repeat(300)}`],
  ])('says there is no report for %s, with the way back', async (_, url) => {
    renderApp(`${url}?range=all`);
    expect(await screen.findByText('No report with this id')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the case list' })).toHaveAttribute(
      'href',
      '/cases?range=all',
    );
  });

  it('tells a partner the case is not available, without asking for it', async () => {
    const id = api.db.listReports(analyst, all, DEFAULT_SORT, 1, null).items[0]!.id;
    renderApp(`/cases/${id}`, { persona: PARTNER });
    expect(await screen.findByText(/not available for partner agencies/)).toBeInTheDocument();
    expect(api.requests.some((r) => r.url.pathname.includes('/reports'))).toBe(false);
    expect(screen.queryByRole('heading', { level: 2, name: /^Case / })).toBeNull();
  });
});

describe('NewestCasesPanel', () => {
  it('lists the newest reports for the filters, each a link to its case', async () => {
    renderWithProviders(<NewestCasesPanel />, { url: '/?range=all&urgency=high' });
    const list = await screen.findByRole('list');
    const filters = parseFilterUrl(new URLSearchParams('range=all&urgency=high'), todayUtc());
    const expected = api.db.listReports(analyst, filters.apiFilters, DEFAULT_SORT, 8, null).items;
    const links = within(list).getAllByRole('link');
    expect(links).toHaveLength(8);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(
      expected.map((r) => `/cases/${r.id}?range=all&urgency=high`),
    );
    expect(screen.getByRole('heading', { name: 'Newest reports' })).toBeInTheDocument();
  });

  it('renders nothing for a partner, and asks for no reports', async () => {
    const { container } = renderWithProviders(<NewestCasesPanel />, { persona: PARTNER });
    await waitFor(() =>
      expect(api.requests.some((r) => r.url.pathname.endsWith('/me'))).toBe(true),
    );
    // Let /me answer, then check nothing came of it.
    await new Promise((r) => setTimeout(r, 100));
    expect(container).toBeEmptyDOMElement();
    expect(api.requests.some((r) => r.url.pathname.includes('/reports'))).toBe(false);
  });
});

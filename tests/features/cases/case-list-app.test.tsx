import { act, screen, waitFor, within } from '@testing-library/react';
import type { InfiniteData } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFilters, type Filters } from '../../../src/api/contract/filter-params.ts';
import { DEFAULT_SORT, type Sort } from '../../../src/api/contract/list-params.ts';
import type { ReportPage } from '../../../src/api/contract/report-schemas.ts';
import { caseKeys } from '../../../src/features/cases/api/case-keys.ts';
import { parseFilterUrl } from '../../../src/filters/filter-state.ts';
import { todayUtc } from '../../../src/lib/dates.ts';
import { analyst, setUpMockApi } from '../../app/mock-api.ts';
import { renderApp } from '../../setup/render.tsx';
import { parseCsv } from '../../contract/support/parse-csv.ts';
import { mockGridLayout } from './layout-mocks.ts';

/**
 * The case list in the whole app, against the real mocked intake API: what the table asks
 * for, what the URL says, and that the two agree with the filter bar.
 */

mockGridLayout();
const api = setUpMockApi();

const reportRequests = () => api.requests.filter((r) => r.url.pathname.endsWith('/reports'));
const lastReportRequest = () => reportRequests().at(-1)?.url.searchParams;
const countLine = () => document.querySelector('.case-total .report-count');
const grid = () => screen.findByRole('grid', { name: 'Cases' }, { timeout: 8_000 });
const bodyRows = () =>
  within(screen.getByRole('grid', { name: 'Cases' }))
    .getAllByRole('row')
    .slice(1);

function apiFiltersFor(search: string): Filters {
  return parseFilterUrl(new URLSearchParams(search), todayUtc()).apiFilters;
}

async function scrollToEnd(element: HTMLElement) {
  await act(async () => {
    element.scrollTop = element.scrollHeight;
    element.dispatchEvent(new Event('scroll'));
  });
}

describe('the case list', () => {
  it('sorts from a column heading: the request and the URL follow, the default is left out', async () => {
    const { user, search } = renderApp('/cases?range=all');
    await grid();
    expect(lastReportRequest()?.get('sort')).toBe('-receivedAt');
    expect(lastReportRequest()?.get('limit')).toBe('100');

    const table = within(await grid());
    await user.click(table.getByRole('button', { name: /^Urgency/ }));
    await waitFor(() => expect(lastReportRequest()?.get('sort')).toBe('urgency'));
    expect(search().get('sort')).toBe('urgency');
    expect(screen.getByRole('columnheader', { name: /Urgency/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    // The rows are the API's, in the API's order.
    const expected = api.db.listReports(
      analyst,
      apiFiltersFor('range=all'),
      { field: 'urgency', direction: 'asc' },
      3,
      null,
    );
    await waitFor(() =>
      expect(bodyRows()[0]).toHaveTextContent(expected.items[0]!.narrativePreview.trim()),
    );

    await user.click(table.getByRole('button', { name: /^Urgency/ }));
    await waitFor(() => expect(search().get('sort')).toBe('-urgency'));
    await waitFor(() => expect(lastReportRequest()?.get('sort')).toBe('-urgency'));

    // Back to the default: out of the URL (the API is still asked for it by name).
    await user.click(table.getByRole('button', { name: /^Received/ }));
    await waitFor(() => expect(search().has('sort')).toBe(false));
    expect(search().get('range')).toBe('all');
  });

  it('a column filter and the filter bar are one state: request, URL and chips agree', async () => {
    const { user, search } = renderApp('/cases?range=all&urgency=high');
    await grid();

    await user.click(screen.getByRole('button', { name: 'Filter Status' }));
    // Counts for each status with the other filters (urgency) kept and status itself left out.
    const facet = await waitFor(() => {
      const r = api.requests.find(
        (q) =>
          q.url.pathname.endsWith('/aggregates/breakdown') &&
          q.url.searchParams.get('dimension') === 'status',
      );
      expect(r).toBeDefined();
      return r!.url.searchParams;
    });
    expect(facet.get('urgency')).toBe('high');
    expect(facet.has('status')).toBe(false);
    const counts = api.db.breakdown(analyst, apiFiltersFor('range=all&urgency=high'), 'status', 5);
    const triaged = counts.items.find((i) => i.key === 'triaged')!.count.count!;
    const group = screen.getByRole('group', { name: 'Filter Status' });
    const box = await within(group).findByRole('checkbox', {
      name: `Triaged, ${triaged.toLocaleString('en-GB')} reports`,
    });

    await user.click(box);
    await waitFor(() => expect(search().get('status')).toBe('triaged'));
    expect(search().get('urgency')).toBe('high');
    await waitFor(() => expect(lastReportRequest()?.get('status')).toBe('triaged'));
    expect(lastReportRequest()?.get('urgency')).toBe('high');
    // The filter bar shows it as its own.
    const chip = await screen.findByRole('button', { name: 'Remove filter Status: Triaged' });
    await waitFor(() =>
      expect(countLine()).toHaveTextContent(
        `${triaged.toLocaleString('en-GB')} reports match these filters`,
      ),
    );

    // And removing it in the bar clears the column's menu.
    await user.click(chip);
    await waitFor(() => expect(search().has('status')).toBe(false));
    expect(screen.getByRole('button', { name: 'Filter Status' })).toBeInTheDocument();
  });

  it('search is the filter bar\u2019s q: the request carries it', async () => {
    const { user, search } = renderApp('/cases?range=all');
    await grid();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'school{Enter}');
    await waitFor(() => expect(search().get('q')).toBe('school'));
    await waitFor(() => expect(lastReportRequest()?.get('q')).toBe('school'));
    const total = api.db.listReports(
      analyst,
      apiFiltersFor('range=all&q=school'),
      DEFAULT_SORT,
      1,
      null,
    ).total;
    await waitFor(() =>
      expect(countLine()).toHaveTextContent(
        `${total.toLocaleString('en-GB')} ${total === 1 ? 'report matches' : 'reports match'} these filters`,
      ),
    );
  });

  it('pages with the cursor as it scrolls: every matching report once, in order', async () => {
    // A filter with a few hundred matches: several pages of 100.
    const candidates = ['status=new', 'status=triaged', 'urgency=high', 'source=web_form'];
    const sort: Sort = { field: 'country', direction: 'asc' };
    const chosen = candidates
      .map((c) => `range=all&${c}`)
      .find((s) => {
        const n = api.db.listReports(analyst, apiFiltersFor(s), sort, 1, null).total;
        return n > 250 && n < 900;
      });
    expect(chosen).toBeDefined();
    const url = `/cases?${chosen}&sort=country`;
    const { queryClient } = renderApp(url);
    const box = await grid();
    const filters = apiFiltersFor(chosen!);
    const expected = [...api.db.exportRows(analyst, filters, sort)].map((r) => r.id);

    for (let i = 0; i < 20 && reportRequests().length < Math.ceil(expected.length / 100); i++) {
      const before = reportRequests().length;
      await scrollToEnd(box);
      await waitFor(() => expect(reportRequests().length).toBeGreaterThan(before));
    }
    const key = caseKeys.list({ filters, sort });
    await waitFor(() => {
      const data = queryClient.getQueryData<InfiniteData<ReportPage>>(key);
      expect(data?.pages.at(-1)?.nextCursor).toBeNull();
    });
    const data = queryClient.getQueryData<InfiniteData<ReportPage>>(key)!;
    // The pages as the API sent them (before any de-duplication): nothing lost, nothing twice.
    const ids = data.pages.flatMap((p) => p.items.map((r) => r.id));
    expect(ids).toEqual(expected);
    expect(new Set(ids).size).toBe(ids.length);
    // Each page asked with the cursor of the one before, and only once.
    const cursors = reportRequests().map((r) => r.url.searchParams.get('cursor'));
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(parseFilters(reportRequests()[0]!.url.searchParams).filters).toMatchObject(filters);
    // Scrolled to the end, the DOM still holds only a window of rows.
    expect(bodyRows().length).toBeLessThanOrEqual(100);
  });

  it('opens a case with the keyboard, and Back finds the list where it was', async () => {
    const { user, location, router } = renderApp('/cases?range=all&sort=status');
    await grid();
    const first = bodyRows()[0]!;
    first.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    const focused = document.activeElement as HTMLElement;
    expect(focused).toHaveAttribute('aria-rowindex', '5');
    const expected = api.db.listReports(
      analyst,
      apiFiltersFor('range=all'),
      { field: 'status', direction: 'asc' },
      4,
      null,
    ).items[3]!.id;

    await user.keyboard('{Enter}');
    await waitFor(() => expect(location().pathname).toBe(`/cases/${expected}`));
    expect(location().search).toBe('?range=all&sort=status');
    // Focus goes to the case, so a keyboard or screen-reader user is told where they are.
    const heading = await screen.findByRole('heading', { level: 2, name: `Case ${expected}` });
    await waitFor(() => expect(heading).toHaveFocus());
    // In the list it came from: 4th of all.
    expect(screen.getByText(/^4 of /)).toBeInTheDocument();

    const listRequests = reportRequests().length;
    await act(() => router.navigate(-1));
    await grid();
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', '5'));
    expect(location().search).toBe('?range=all&sort=status');
    // The list came back from the cache: not asked for again.
    expect(reportRequests().length).toBe(listRequests);
  });

  it('comes back scrolled far down, with the case moved to by Next focused', async () => {
    const { user, location, router } = renderApp('/cases?range=all');
    const box = await grid();
    await scrollToEnd(box);
    await waitFor(() => expect(reportRequests().length).toBe(2));
    await act(async () => {
      box.scrollTop = 40 * 150;
      box.dispatchEvent(new Event('scroll'));
    });
    const row = bodyRows().find((r) => r.getAttribute('aria-rowindex') === '160')!;
    await user.click(row);
    await screen.findByRole('heading', { level: 2, name: /^Case / });
    expect(screen.getByText(/^159 of /)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next case' }));
    await waitFor(() => expect(screen.getByText(/^160 of /)).toBeInTheDocument());
    const nextId = location().pathname.split('/').at(-1);

    await act(() => router.navigate(-1));
    await grid();
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', '161'));
    expect(screen.getByRole('grid').scrollTop).toBe(40 * 150);
    const listed = api.db.listReports(analyst, apiFiltersFor('range=all'), DEFAULT_SORT, 200, null);
    expect(listed.items[159]!.id).toBe(nextId);
    expect(document.activeElement).toHaveTextContent(listed.items[159]!.narrativePreview);
  });

  it('says when nothing matches, and Clear filters is the way back', async () => {
    const { user, search } = renderApp('/cases?range=all&q=zzqxjv');
    expect(await screen.findByText('No reports match these filters.')).toBeInTheDocument();
    expect(countLine()).toHaveTextContent('0 reports match these filters');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(search().has('q')).toBe(false));
    await grid();
  });

  describe('export', () => {
    const saved: Blob[] = [];
    afterEach(() => {
      saved.length = 0;
      vi.restoreAllMocks();
    });

    it('streams the filtered set in the visible columns and the table order', async () => {
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        saved.push(blob as Blob);
        return 'blob:test';
      });
      vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
      const click = vi
        .spyOn(HTMLAnchorElement.prototype, 'click')
        .mockImplementation(() => undefined);
      const { user } = renderApp('/cases?range=all&urgency=immediate_danger&sort=status');
      await grid();
      // Hide a column: the export follows what is on screen.
      await user.click(screen.getByRole('button', { name: 'Columns' }));
      await user.click(screen.getByRole('checkbox', { name: 'Tags' }));
      await user.keyboard('{Escape}');

      await user.click(screen.getByRole('button', { name: 'Export CSV' }));
      expect(await screen.findByText(/^Exported [\d,]+ rows to reports-/)).toBeInTheDocument();
      const request = api.requests.find((r) => r.url.pathname.endsWith('/export/reports.csv'));
      const params = request!.url.searchParams;
      expect(params.get('sort')).toBe('status');
      expect(params.get('urgency')).toBe('immediate_danger');
      expect(params.get('columns')).not.toContain('tags');
      expect(click).toHaveBeenCalledTimes(1);

      const rows = parseCsv(await saved[0]!.text());
      expect(rows[0]).toEqual(params.get('columns')!.split(','));
      const filters = apiFiltersFor('range=all&urgency=immediate_danger');
      const expected = [
        ...api.db.exportRows(analyst, filters, { field: 'status', direction: 'asc' }),
      ];
      expect(rows.length - 1).toBe(expected.length);
      expect(rows.slice(1).map((r) => r[0])).toEqual(expected.map((r) => r.id));
    });
  });
});

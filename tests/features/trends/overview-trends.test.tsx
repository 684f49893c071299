import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { useNavigate, type NavigateFunction } from 'react-router';
import { OverviewTrends } from '../../../src/features/trends/components/overview-trends.tsx';
import { parseFilterUrl } from '../../../src/filters/filter-state.ts';
import { todayUtc } from '../../../src/lib/dates.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import {
  formatShare,
  ONLINE_KEYS,
  shareOf,
  topItem,
} from '../../../src/features/trends/lib/headline.ts';
import { analyst, setUpMockApi } from '../../app/mock-api.ts';
import { renderWithProviders } from '../../setup/render.tsx';

/** The overview's figures and chart against the real mocked API, and what they ask for. */

vi.setConfig({ testTimeout: 30_000 });
const api = setUpMockApi();

/** The six figures' labels, in their order on the page. */
const FIGURE_LABELS = [
  'Reports',
  'Urgent or in immediate danger',
  'Online',
  'Involving minors',
  'Most reported platform',
  'Most reported exploitation type',
];

const ready = () =>
  waitFor(() =>
    expect(document.querySelector('.trends-overview-content')).toHaveAttribute(
      'data-state',
      'ready',
    ),
  );

/** Aggregate requests as "path dimension-or-groupBy period": what was asked, not how often. */
function asked() {
  return api.requests
    .filter((r) => r.url.pathname.includes('/aggregates/'))
    .map((r) => {
      const p = r.url.searchParams;
      const what = p.get('dimension') ?? p.get('groupBy') ?? '-';
      const minors = p.get('ageBand') ? ' minors' : '';
      return `${r.url.pathname.split('/').pop()} ${what}${minors} ${p.get('from') ?? 'open'}`;
    })
    .sort();
}

describe('OverviewTrends', () => {
  it('shows six figures with their change, and one chart, from the fewest requests', async () => {
    renderWithProviders(<OverviewTrends />, { url: '/?range=30d' });
    await ready();
    const { apiFilters } = parseFilterUrl(new URLSearchParams('range=30d'), todayUtc());
    const total = api.db.breakdown(analyst, apiFilters, 'urgency', null).total.count!;

    const figures = within(screen.getByRole('list', { name: 'Headline figures' })).getAllByRole(
      'group',
    );
    expect(figures.map((f) => f.querySelector('.trends-headline-label')?.textContent)).toEqual(
      FIGURE_LABELS,
    );
    const reports = screen.getByRole('group', { name: 'Reports' });
    expect(reports).toHaveTextContent(formatNumber(total));
    expect(reports).toHaveTextContent(/(up|down) [\d.]+% on the previous 30 days|no change/);
    // Analysts' figures are read off the series (no breakdown asked): the same as the
    // breakdowns would have said.
    const setting = api.db.breakdown(analyst, apiFilters, 'setting', null);
    expect(screen.getByRole('group', { name: 'Online' })).toHaveTextContent(
      formatShare(shareOf(setting, ONLINE_KEYS, 11)).text,
    );
    const platforms = api.db.breakdown(analyst, apiFilters, 'platform', null);
    const top = topItem(platforms);
    expect(top.kind).toBe('top');
    expect(screen.getByRole('group', { name: 'Most reported platform' })).toHaveTextContent(
      top.kind === 'top' ? top.items.map((i) => i.label).join(' and ') : '',
    );
    expect(screen.getByRole('figure', { name: 'Reports over time' })).toBeInTheDocument();
    expect(screen.getByText(/compared with the 30 days before/)).toBeInTheDocument();

    const from = apiFilters.from!;
    const list = asked();
    const current = list.filter((r) => r.endsWith(from));
    const previous = list.filter((r) => !r.endsWith(from));
    expect(current).toEqual([
      `breakdown urgency ${from}`,
      `timeseries - minors ${from}`,
      `timeseries exploitationType ${from}`,
      `timeseries platform ${from}`,
      `timeseries setting ${from}`,
      `timeseries urgency ${from}`,
    ]);
    expect(previous.map((r) => r.replace(/ \S+$/, ''))).toEqual([
      'breakdown exploitationType',
      'breakdown platform',
      'breakdown setting',
      'breakdown urgency minors',
      'timeseries urgency',
    ]);
  });

  it('draws six labelled blank cards while the answers load, and fills those same cards', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    api.server.use(
      http.get(/\/aggregates\//, async () => {
        await held;
        // Nothing returned: the real handler answers.
      }),
    );
    const { container } = renderWithProviders(<OverviewTrends />, { url: '/?range=30d' });
    expect(await screen.findByText('Loading the headline figures…')).toHaveAttribute(
      'role',
      'status',
    );
    const cards = () => [...container.querySelectorAll('.trends-headlines > li')];
    const blanks = cards();
    expect(blanks.map((c) => c.querySelector('.trends-headline-label')?.textContent)).toEqual(
      FIGURE_LABELS,
    );
    // Blanks are not read out as figures: the list is hidden until it has them.
    expect(screen.queryByRole('list', { name: 'Headline figures' })).toBeNull();
    expect(container.querySelectorAll('.trends-headline-blank').length).toBe(12);

    release();
    await ready();
    expect(screen.getByRole('group', { name: 'Reports' })).toHaveTextContent(/\d/);
    expect(container.querySelectorAll('.trends-headline-blank')).toHaveLength(0);
    expect(screen.queryByText('Loading the headline figures…')).toBeNull();
    // The same elements, filled in place: nothing was swapped for a new tree.
    expect(cards()).toEqual(blanks);
    cards().forEach((card, i) => expect(card).toBe(blanks[i]));
  });

  it("for a partner, whose small counts are withheld, asks for every figure's breakdown", async () => {
    renderWithProviders(<OverviewTrends />, { url: '/?range=30d', persona: 'demo-partner-154' });
    await ready();
    const list = asked().map((r) => r.replace(/ \S+$/, ''));
    expect(list.filter((r) => r.startsWith('breakdown'))).toEqual([
      'breakdown exploitationType',
      'breakdown exploitationType',
      'breakdown platform',
      'breakdown platform',
      'breakdown setting',
      'breakdown setting',
      'breakdown urgency',
      'breakdown urgency',
      'breakdown urgency minors',
    ]);
    expect(list).toHaveLength(15);
  });

  it('after a filter change, keeps the last figures until every new answer is in, then shows the new ones', async () => {
    let navigate: NavigateFunction = () => undefined;
    function Navigator() {
      navigate = useNavigate();
      return null;
    }
    renderWithProviders(
      <>
        <OverviewTrends />
        <Navigator />
      </>,
      { url: '/?range=30d' },
    );
    await ready();
    const reports = () => screen.getByRole('group', { name: 'Reports' }).textContent;
    const before = reports();

    // Hold back one answer of the next change: the previous period's setting breakdown.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding = false;
    api.server.use(
      http.get(/\/aggregates\/breakdown$/, async ({ request }) => {
        const p = new URL(request.url).searchParams;
        if (p.get('urgency') === 'high' && p.get('dimension') === 'setting' && !holding) {
          holding = true;
          await held;
        }
        // Nothing returned: the real handler answers.
      }),
    );
    act(() => void navigate('/?range=30d&urgency=high'));
    await waitFor(() => expect(holding).toBe(true));
    // Every other answer has time to arrive; the figures must not change with them.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(document.querySelector('.trends-overview-content')).not.toHaveAttribute(
      'data-state',
      'ready',
    );
    expect(reports()).toBe(before);

    release();
    await ready();
    const { apiFilters } = parseFilterUrl(
      new URLSearchParams('range=30d&urgency=high'),
      todayUtc(),
    );
    const high = api.db.breakdown(analyst, apiFilters, 'urgency', null).total.count!;
    expect(reports()).toContain(formatNumber(high));
    expect(reports()).not.toBe(before);
  });

  it('for all time, asks for no previous period and shows no change', async () => {
    renderWithProviders(<OverviewTrends />, { url: '/?range=all' });
    await ready();
    expect(screen.getByText(/no earlier period to compare with/)).toBeInTheDocument();
    expect(screen.queryByText(/on the previous/)).toBeNull();
    expect(asked()).toHaveLength(6);
  });
});

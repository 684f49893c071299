import { beforeAll, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { TrendsView } from '../../../src/features/trends/trends-view.tsx';
import { parseFilterUrl } from '../../../src/filters/filter-state.ts';
import { todayUtc } from '../../../src/lib/dates.ts';
import { formatNumber } from '../../../src/lib/format.ts';
import { analyst, expectedCountText, setUpMockApi } from '../../app/mock-api.ts';
import { renderWithProviders } from '../../setup/render.tsx';

/**
 * `/trends` against the real mocked API, read through the charts' table alternative: what
 * the URL says is what is asked for and drawn, and what is drawn is what the store holds.
 */

vi.setConfig({ testTimeout: 30_000 });
const api = setUpMockApi();

// The first render pays for loading Recharts; do it before the clock of any one test runs.
beforeAll(async () => {
  await import('recharts');
}, 30_000);

function UrlProbe() {
  const { search } = useLocation();
  return <output aria-label="URL">{search}</output>;
}

function renderView(url: string, persona?: string) {
  return renderWithProviders(
    <>
      <TrendsView />
      <UrlProbe />
    </>,
    { url, persona },
  );
}

const url = () =>
  new URLSearchParams(screen.getByRole('status', { name: 'URL' }).textContent ?? '');

/** Every chart shows the answer for the current URL. */
const ready = () =>
  waitFor(() =>
    expect(document.querySelector('.trends-content')).toHaveAttribute('data-state', 'ready'),
  );

async function openTable(user: ReturnType<typeof renderView>['user'], name: string | RegExp) {
  const figure = screen.getByRole('figure', { name });
  await user.click(within(figure).getByRole('button', { name: 'Show as table' }));
  return within(figure).getByRole('table');
}

const texts = (els: HTMLElement[]) => els.map((e) => e.textContent);

function expectedSeries(
  search: string,
  ...args: Parameters<typeof api.db.timeSeries> extends [unknown, unknown, ...infer Rest]
    ? Rest
    : never
) {
  const { apiFilters } = parseFilterUrl(new URLSearchParams(search), todayUtc());
  return api.db.timeSeries(analyst, apiFilters, ...args);
}

describe('the trends view', () => {
  it('writes split, chart type, interval and comparison to the URL, and draws what they say', async () => {
    // A month by day: fewer buckets for jsdom to draw than the default 90 days.
    const { user } = renderView('/trends?range=30d');
    await ready();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Split by' }), 'platform');
    expect(url().get('split')).toBe('platform');
    await ready();

    const table = await openTable(user, 'Reports over time by platform');
    const expected = expectedSeries('range=30d', 'day', 'platform', null);
    const rows = within(table).getAllByRole('row');
    expect(texts(within(rows[0]!).getAllByRole('columnheader'))).toEqual([
      'Period',
      ...expected.groups.map((g) => g.label),
      'All reports',
    ]);
    expect(rows).toHaveLength(expected.buckets.length + 1);
    const last = expected.buckets.at(-1)!;
    expect(texts(within(rows.at(-1)!).getAllByRole('cell'))).toEqual([
      ...expected.groups.map((g) => formatNumber(last.groups[g.key]!.count!)),
      formatNumber(last.total.count!),
    ]);

    await user.click(screen.getByRole('radio', { name: 'Lines' }));
    expect(url().get('chart')).toBe('line');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Interval' }), 'week');
    expect(url().get('interval')).toBe('week');
    await user.click(screen.getByRole('checkbox', { name: 'Compare with the previous period' }));
    expect(url().get('compare')).toBe('true');
    await ready();
    const weekly = expectedSeries('range=30d', 'week', 'platform', null);
    const weekTable = screen.getByRole('table', { name: /Reports over time by platform/ });
    expect(within(weekTable).getAllByRole('row')).toHaveLength(weekly.buckets.length + 1);
    expect(within(weekTable).getByRole('columnheader', { name: 'Previous period' })).toBeVisible();
    expect(within(weekTable).getByRole('columnheader', { name: 'Change' })).toBeVisible();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Interval' }), 'auto');
    expect(url().has('interval')).toBe(false);
  });

  it('falls back to the defaults for values it does not know', async () => {
    renderView('/trends?split=narrative&chart=pie&interval=hour&compare=maybe');
    await ready();
    expect(screen.getByRole('combobox', { name: 'Split by' })).toHaveValue('');
    expect(screen.getByRole('radio', { name: 'Stacked areas' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Interval' })).toHaveValue('auto');
    expect(
      screen.getByRole('checkbox', { name: 'Compare with the previous period' }),
    ).not.toBeChecked();
    expect(screen.getByRole('figure', { name: 'Reports over time' })).toBeInTheDocument();
  });

  it('filters every view by a value chosen in a breakdown table, or a bar of the trend', async () => {
    const { user } = renderView('/trends?split=urgency&chart=bar');
    await ready();
    const table = await openTable(user, 'Reports by platform');
    expect(within(table).queryByRole('button', { name: 'Filter by Other' })).toBeNull();
    await user.click(within(table).getByRole('button', { name: 'Filter by Dating app' }));
    expect(url().get('platform')).toBe('dating_app');
    expect(
      await screen.findByText(
        (_, el) =>
          el?.className === 'report-count' &&
          el.textContent === expectedCountText(api.db, '?platform=dating_app'),
      ),
    ).toBeInTheDocument();

    await ready();
    const trend = screen.getByRole('figure', { name: 'Reports over time by urgency' });
    fireEvent.click(trend.querySelector('.recharts-bar-rectangle path[name="High"]')!);
    expect(url().get('urgency')).toBe('high');
    expect(url().get('platform')).toBe('dating_app');
  });

  it('zooms the global date range by dragging across the chart; Undo and Reset put it back', async () => {
    const { user } = renderView('/trends?range=30d&chart=bar');
    await ready();
    const drag = async (fromX: number, toX: number) => {
      const wrapper = screen
        .getByRole('figure', { name: 'Reports over time' })
        .querySelector<HTMLElement>('.recharts-wrapper')!;
      // jsdom lays nothing out: give the chart its box so Recharts can map the pointer.
      wrapper.getBoundingClientRect = () =>
        DOMRect.fromRect({ x: 0, y: 0, width: 960, height: 320 });
      const frame = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));
      fireEvent.mouseMove(wrapper, { clientX: fromX, clientY: 150 });
      await frame();
      fireEvent.mouseDown(wrapper, { clientX: fromX, clientY: 150 });
      fireEvent.mouseMove(wrapper, { clientX: toX, clientY: 150 });
      await frame();
      fireEvent.mouseUp(wrapper, { clientX: toX, clientY: 150 });
    };
    expect(screen.queryByRole('button', { name: 'Undo zoom' })).toBeNull();

    await drag(900, 300);
    expect(url().get('range')).toBe('custom');
    const from = url().get('from')!;
    const to = url().get('to')!;
    const { apiFilters } = parseFilterUrl(new URLSearchParams('range=30d'), todayUtc());
    expect(from > apiFilters.from! && to < apiFilters.to! && from < to).toBe(true);
    expect(url().get('chart')).toBe('bar');

    await ready();
    await drag(800, 200);
    const inner = { from: url().get('from')!, to: url().get('to')! };
    expect(inner.from >= from && inner.to <= to && inner.to < to).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Undo zoom' }));
    expect([url().get('from'), url().get('to')]).toEqual([from, to]);
    await user.click(screen.getByRole('button', { name: 'Undo zoom' }));
    expect(url().toString()).toBe('range=30d&chart=bar');
    expect(screen.queryByRole('button', { name: 'Undo zoom' })).toBeNull();

    await ready();
    await drag(900, 300);
    await user.click(screen.getByRole('button', { name: /Reset range/ }));
    expect(url().toString()).toBe('chart=bar');
  });

  it('shows a partner withheld counts as "<11", never a number from 1 to 10', async () => {
    const { user } = renderView('/trends?split=platform', 'demo-partner-154');
    await ready();
    const tables = [];
    for (const figure of screen.getAllByRole('figure')) {
      await user.click(within(figure).getByRole('button', { name: 'Show as table' }));
      tables.push(within(figure).getByRole('table'));
    }
    expect(tables).toHaveLength(9);
    const cells = tables.flatMap((t) => texts(within(t).getAllByRole('cell')));
    expect(cells).toContain('<11');
    const smallNumbers = cells.filter(
      (c) => /^\d+$/.test(c ?? '') && Number(c) >= 1 && Number(c) <= 10,
    );
    expect(smallNumbers).toEqual([]);
    expect(
      screen.getAllByText(/Counts from 1 to 10 are withheld and shown as <11\./).length,
    ).toBeGreaterThan(0);
  });
});

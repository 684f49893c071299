import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TrendChart } from '../../../src/features/trends/components/trend-chart.tsx';
import { TrendPanel } from '../../../src/features/trends/components/trend-panel.tsx';
import { n, S, timeSeries } from './fixtures.ts';

const series = timeSeries({
  from: '2026-03-01',
  to: '2026-03-03',
  groupBy: 'platform',
  groups: [
    { key: 'social_media', label: 'Social media' },
    { key: 'dating_app', label: 'Dating app' },
    { key: '__other__', label: 'Other' },
  ],
  buckets: [
    {
      start: '2026-03-01',
      total: n(1250),
      groups: { social_media: n(1200), dating_app: n(0), __other__: n(50) },
    },
    {
      start: '2026-03-02',
      total: n(40),
      groups: { social_media: n(35), dating_app: S, __other__: n(0) },
    },
    {
      start: '2026-03-03',
      total: n(12),
      groups: { social_media: n(12), dating_app: n(0), __other__: n(0) },
    },
  ],
});

function renderPanel(props: Partial<Parameters<typeof TrendPanel>[0]> = {}) {
  return render(
    <TrendPanel
      Chart={TrendChart}
      title="Reports over time"
      description="Reports received each day, by platform."
      series={series}
      chartType="area"
      k={11}
      width={600}
      height={300}
      {...props}
    />,
  );
}

async function openTable() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Show as table' }));
  return { user, table: screen.getByRole('table', { name: /Reports over time/ }) };
}

describe('TrendPanel', () => {
  it('names and describes the chart', () => {
    renderPanel();
    const figure = screen.getByRole('figure', { name: 'Reports over time' });
    expect(figure).toHaveAccessibleDescription('Reports received each day, by platform.');
    expect(figure.querySelector('svg title')).toHaveTextContent('Reports over time');
  });

  it('shows the data as a table: withheld reads "<11", zero reads "0", never blurred', async () => {
    renderPanel();
    const { table } = await openTable();
    expect(screen.getByRole('button', { name: 'Show as table' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Period', 'Social media', 'Dating app', 'Other', 'All reports']);
    const march2 = within(table).getByRole('rowheader', { name: '2 Mar 2026' }).closest('tr')!;
    expect(
      within(march2)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['35', '<11', '0', '40']);
    const march1 = within(table).getByRole('rowheader', { name: '1 Mar 2026' }).closest('tr')!;
    expect(
      within(march1)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1,200', '0', '50', '1,250']);
    expect(table).toHaveTextContent('Counts from 1 to 10 are withheld and shown as <11.');
  });

  it('hides a series from the chart legend, the table and the CSV alike', async () => {
    renderPanel();
    const { user, table } = await openTable();
    const toggle = screen.getByRole('button', { name: 'Dating app' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(within(table).queryByRole('columnheader', { name: 'Dating app' })).toBeNull();
    expect(within(table).queryByRole('cell', { name: '<11' })).toBeNull();
    await user.click(toggle);
    expect(within(table).getByRole('columnheader', { name: 'Dating app' })).toBeInTheDocument();
  });

  it('adds the previous period and the change when comparing', async () => {
    const previous = timeSeries({
      from: '2026-02-26',
      to: '2026-02-28',
      buckets: [
        { start: '2026-02-26', total: n(1000) },
        { start: '2026-02-27', total: n(40) },
        { start: '2026-02-28', total: S },
      ],
    });
    renderPanel({ previous, chartType: 'line' });
    const { table } = await openTable();
    expect(
      screen.getByRole('button', { name: 'Previous period (all reports)' }),
    ).toBeInTheDocument();
    const cells = (day: string) =>
      within(within(table).getByRole('rowheader', { name: day }).closest('tr')!).getAllByRole(
        'cell',
      );
    expect(
      cells('1 Mar 2026')
        .slice(-2)
        .map((c) => c.textContent),
    ).toEqual(['1,000', '+25%']);
    expect(
      cells('2 Mar 2026')
        .slice(-2)
        .map((c) => c.textContent),
    ).toEqual(['40', '0%']);
    expect(
      cells('3 Mar 2026')
        .slice(-2)
        .map((c) => c.textContent),
    ).toEqual(['<11', 'Not comparable']);
  });

  it('filters by a series when one of its bars is clicked; "Other" is not a value', () => {
    const onSelectValue = vi.fn();
    renderPanel({ chartType: 'bar', onSelectValue });
    const bar = (name: string) =>
      document.querySelector(`.recharts-bar-rectangle path[name="${name}"]`)!;
    fireEvent.click(bar('Social media'));
    fireEvent.click(bar('Other'));
    expect(onSelectValue.mock.calls).toEqual([['platform', 'social_media']]);
  });

  it('filters by a series from the keyboard: its column header in the table', async () => {
    const onSelectValue = vi.fn();
    renderPanel({ onSelectValue });
    const { user, table } = await openTable();
    const button = within(table).getByRole('button', { name: 'Filter by Dating app' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(onSelectValue.mock.calls).toEqual([['platform', 'dating_app']]);
    // "Other" and the bucket total are not one value to filter by.
    expect(within(table).getByRole('columnheader', { name: 'Other' })).toBeInTheDocument();
    expect(
      within(table).queryByRole('button', { name: /Filter by (Other|All reports)/ }),
    ).toBeNull();
  });

  it('offers no filter buttons when the series is not split', async () => {
    renderPanel({ series: { ...series, groupBy: null, groups: [] }, onSelectValue: vi.fn() });
    const { table } = await openTable();
    expect(within(table).queryByRole('button')).toBeNull();
  });

  it('zooms to the buckets dragged across, and that drag does not also filter', async () => {
    const onZoom = vi.fn();
    const onSelectValue = vi.fn();
    renderPanel({ chartType: 'bar', onZoom, onSelectValue });
    const wrapper = document.querySelector<HTMLElement>('.recharts-wrapper')!;
    // jsdom lays nothing out: give the chart its box so Recharts can map the pointer.
    wrapper.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 600, height: 300 });
    // Recharts handles pointer moves on the next animation frame.
    const frame = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    fireEvent.mouseMove(wrapper, { clientX: 560, clientY: 150 });
    await frame();
    fireEvent.mouseDown(wrapper, { clientX: 560, clientY: 150 });
    fireEvent.mouseMove(wrapper, { clientX: 100, clientY: 150 });
    await frame();
    fireEvent.mouseUp(wrapper, { clientX: 100, clientY: 150 });
    fireEvent.click(document.querySelector('.recharts-bar-rectangle path[name="Social media"]')!);
    expect(onZoom.mock.calls).toEqual([['2026-03-01', '2026-03-03']]);
    expect(onSelectValue).not.toHaveBeenCalled();
  });
});

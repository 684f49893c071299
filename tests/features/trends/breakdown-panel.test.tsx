import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BreakdownPanel } from '../../../src/features/trends/components/breakdown-panel.tsx';
import { breakdown, n, S } from './fixtures.ts';

const platforms = breakdown(
  'platform',
  [
    ['social_media', 'Social media', n(120)],
    ['dating_app', 'Dating app', S],
    ['classifieds', 'Classified ads', n(0)],
    ['__other__', 'Other', n(30)],
  ],
  n(160),
);

function renderPanel(onSelectValue = vi.fn()) {
  render(
    <BreakdownPanel
      title="Reports by platform"
      description="Reports can name several platforms."
      dimensionLabel="Platform"
      breakdown={platforms}
      k={11}
      width={500}
      onSelectValue={onSelectValue}
    />,
  );
  return onSelectValue;
}

describe('BreakdownPanel', () => {
  it('filters by a value from the table, by keyboard', async () => {
    const onSelectValue = renderPanel();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const button = screen.getByRole('button', { name: 'Filter by Dating app' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(onSelectValue).toHaveBeenCalledWith('platform', 'dating_app');
    expect(screen.queryByRole('button', { name: 'Filter by Other' })).toBeNull();
  });

  it('reads withheld as "<11" and zero as "0" in the table', async () => {
    renderPanel();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: /Reports by platform/ });
    const row = (name: string) =>
      within(within(table).getByRole('button', { name }).closest('tr')!).getAllByRole('cell');
    expect(row('Filter by Dating app').map((c) => c.textContent)).toEqual(['<11', '—']);
    expect(row('Filter by Classified ads').map((c) => c.textContent)).toEqual(['0', '0%']);
    expect(row('Filter by Social media').map((c) => c.textContent)).toEqual(['120', '75%']);
  });

  it('labels bars in the chart too: a withheld count "<11", a zero "0", neither drawn', () => {
    renderPanel();
    const chart = screen.getByRole('img', { name: 'Reports by platform' });
    const rows = [...chart.querySelectorAll('.trends-bar')].map((row) => ({
      value: row.querySelector('.trends-bar-value')?.textContent,
      bar: row.querySelector('.trends-bar-rect') !== null,
      tooltip: row.querySelector('title')?.textContent,
    }));
    expect(rows).toEqual([
      { value: '120', bar: true, tooltip: 'Social media: 120' },
      { value: '<11', bar: false, tooltip: 'Dating app: <11 (suppressed)' },
      { value: '0', bar: false, tooltip: 'Classified ads: 0' },
      { value: '30', bar: true, tooltip: 'Other: 30' },
    ]);
  });

  it('draws bars in proportion to their counts, largest first', () => {
    renderPanel();
    const chart = screen.getByRole('img', { name: 'Reports by platform' });
    const widths = [...chart.querySelectorAll('.trends-bar-rect')].map((r) =>
      Number(r.getAttribute('width')),
    );
    expect(widths).toHaveLength(2);
    expect(widths[0]! / widths[1]!).toBeCloseTo(120 / 30);
  });

  it('filters by a value when its bar or name is clicked, not by "Other"', () => {
    const onSelectValue = renderPanel();
    const chart = screen.getByRole('img', { name: 'Reports by platform' });
    fireEvent.click(chart.querySelector('.trends-bar-rect')!);
    expect(onSelectValue).toHaveBeenLastCalledWith('platform', 'social_media');
    fireEvent.click(within(chart).getByText('Dating app'));
    expect(onSelectValue).toHaveBeenLastCalledWith('platform', 'dating_app');
    fireEvent.click(within(chart).getByText('Other'));
    expect(onSelectValue).toHaveBeenCalledTimes(2);
  });
});

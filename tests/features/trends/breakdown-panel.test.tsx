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

  it('labels bars in the chart too: a withheld count "<11", a zero "0"', () => {
    renderPanel();
    const labels = [...document.querySelectorAll('.recharts-label-list text')].map(
      (t) => t.textContent,
    );
    expect(labels.sort()).toEqual(['0', '120', '30', '<11']);
  });

  it('filters by a value when its bar is clicked', () => {
    const onSelectValue = renderPanel();
    const bars = document.querySelectorAll('.recharts-bar-rectangle path');
    fireEvent.click(bars[0]!);
    expect(onSelectValue).toHaveBeenCalledWith('platform', 'social_media');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TotalsChart } from '../../../src/features/trends/components/totals-chart.tsx';
import { alignPrevious, shapeTimeSeries } from '../../../src/features/trends/lib/series-rows.ts';
import { PREVIOUS_KEY } from '../../../src/features/trends/lib/trend-legend.ts';
import { n, S, timeSeries } from './fixtures.ts';

/** The overview's chart: what it draws, reads out and does, in the DOM as users meet it. */

const current = timeSeries({
  from: '2026-03-01',
  to: '2026-03-05',
  buckets: [
    { start: '2026-03-01', total: n(120) },
    { start: '2026-03-02', total: n(80) },
    { start: '2026-03-03', total: S },
    { start: '2026-03-04', total: n(95) },
    { start: '2026-03-05', total: n(60) },
  ],
});
const previous = timeSeries({
  from: '2026-02-24',
  to: '2026-02-28',
  buckets: ['24', '25', '26', '27', '28'].map((d) => ({ start: `2026-02-${d}`, total: n(100) })),
});

const WIDTH = 564; // 64 for the y axis + 5 bands of 96 + 16
const band = (i: number) => 64 + 96 * i + 48; // the middle of a bucket's band

function renderChart(props: Partial<Parameters<typeof TotalsChart>[0]> = {}) {
  const onZoom = vi.fn();
  const onToggleSeries = vi.fn();
  const view = render(
    <TotalsChart
      shaped={alignPrevious(shapeTimeSeries(current), previous)}
      dimension={null}
      chartType="area"
      hidden={new Set()}
      showPrevious
      k={11}
      title="Reports over time"
      description="Reports received each day."
      onZoom={onZoom}
      onToggleSeries={onToggleSeries}
      width={WIDTH}
      height={300}
      {...props}
    />,
  );
  const surface = screen.getByRole('application', { name: /Reports over time/ });
  return { ...view, surface, onZoom, onToggleSeries };
}

const tooltip = () => document.querySelector('.trends-totals-tooltip');

describe('TotalsChart', () => {
  it('draws the totals as an area broken where a count is withheld, and the previous period dashed', () => {
    const { surface } = renderChart();
    expect(surface.querySelector('title')).toHaveTextContent('Reports over time');
    expect(surface.querySelector('desc')).toHaveTextContent('Reports received each day.');
    expect(surface.querySelectorAll('.trends-totals-area')).toHaveLength(2);
    expect(surface.querySelectorAll('.trends-totals-previous')).toHaveLength(1);
    expect([...surface.querySelectorAll('.trends-axis text')].map((t) => t.textContent)).toEqual([
      '0',
      '50',
      '100',
      '150',
      '200',
      '1 Mar',
      '2 Mar',
      '3 Mar',
      '4 Mar',
      '5 Mar',
    ]);
  });

  it('reads a bucket out under the pointer, a withheld count as "<11", never a number', () => {
    const { surface } = renderChart();
    fireEvent.pointerMove(surface, { clientX: band(0), clientY: 100 });
    expect(tooltip()).toHaveTextContent('1 Mar 2026');
    expect(tooltip()).toHaveTextContent('Reports: 120');
    expect(tooltip()).toHaveTextContent(/Previous period \(24 Feb 2026\): 100; up 20%/);
    fireEvent.pointerMove(surface, { clientX: band(2), clientY: 100 });
    expect(tooltip()).toHaveTextContent('Reports: <11 (suppressed)');
    fireEvent.pointerLeave(surface);
    expect(tooltip()).toBeNull();
  });

  it('reads the buckets out with the arrow keys, Home and End once focused', async () => {
    const user = userEvent.setup();
    renderChart();
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(tooltip()).toHaveTextContent('1 Mar 2026');
    await user.keyboard('{ArrowRight}');
    expect(tooltip()).toHaveTextContent('2 Mar 2026');
    await user.keyboard('{End}');
    expect(tooltip()).toHaveTextContent('5 Mar 2026');
    await user.keyboard('{ArrowLeft}');
    expect(tooltip()).toHaveTextContent('4 Mar 2026');
    await user.keyboard('{Home}');
    expect(tooltip()).toHaveTextContent('1 Mar 2026');
    await user.keyboard('{Escape}');
    expect(tooltip()).toBeNull();
  });

  it('zooms to the days dragged across, in either direction; a press without a drag does not', () => {
    const { surface, onZoom } = renderChart();
    fireEvent.pointerDown(surface, { clientX: band(3), clientY: 100, button: 0 });
    fireEvent.pointerMove(surface, { clientX: band(1), clientY: 100 });
    expect(surface.querySelector('rect')).not.toBeNull();
    fireEvent.pointerUp(surface, { clientX: band(1), clientY: 100 });
    expect(onZoom).toHaveBeenCalledWith('2026-03-02', '2026-03-04');

    onZoom.mockClear();
    fireEvent.pointerDown(surface, { clientX: band(1), clientY: 100, button: 0 });
    fireEvent.pointerUp(surface, { clientX: band(1), clientY: 100 });
    expect(onZoom).not.toHaveBeenCalled();
  });

  it('hides what the legend has hidden; its buttons say which series they toggle', async () => {
    const user = userEvent.setup();
    const { surface, onToggleSeries, rerender } = renderChart();
    await user.click(screen.getByRole('button', { name: 'Previous period (all reports)' }));
    expect(onToggleSeries).toHaveBeenCalledWith(PREVIOUS_KEY);
    rerender(
      <TotalsChart
        shaped={alignPrevious(shapeTimeSeries(current), previous)}
        dimension={null}
        chartType="area"
        hidden={new Set([PREVIOUS_KEY])}
        showPrevious
        k={11}
        title="Reports over time"
        description="Reports received each day."
        onToggleSeries={onToggleSeries}
        width={WIDTH}
        height={300}
      />,
    );
    expect(surface.querySelectorAll('.trends-totals-previous')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Previous period (all reports)' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(surface.querySelectorAll('.trends-totals-area')).toHaveLength(2);
  });
});

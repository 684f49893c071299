import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BreakdownPanel } from '../../../src/features/trends/components/breakdown-panel.tsx';
import { ChartFrame } from '../../../src/features/trends/components/chart-frame.tsx';
import type { TableModel } from '../../../src/features/trends/lib/chart-table.ts';
import { TrendChart } from '../../../src/features/trends/components/trend-chart.tsx';
import { TrendPanel } from '../../../src/features/trends/components/trend-panel.tsx';
import { breakdown, n, S, timeSeries } from './fixtures.ts';

const hostile = '<img src=x onerror=alert(1)>';
const series = timeSeries({
  from: '2026-03-01',
  to: '2026-03-02',
  groupBy: 'country',
  groups: [
    { key: 'FR', label: 'France' },
    { key: 'XX', label: hostile },
    { key: 'YY', label: '=HYPERLINK("http://evil")' },
  ],
  buckets: [
    { start: '2026-03-01', total: n(30), groups: { FR: n(12), XX: S, YY: n(0) } },
    { start: '2026-03-02', total: n(0), groups: { FR: n(0), XX: n(0), YY: n(0) } },
  ],
});

let saved: { blob: Blob; name: string }[];

beforeEach(() => {
  saved = [];
  let lastBlob: Blob | null = null;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    lastBlob = blob;
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  // jsdom does not navigate; record what would have been saved instead.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (lastBlob) saved.push({ blob: lastBlob, name: this.download });
  });
});
afterEach(() => vi.restoreAllMocks());

function renderPanel() {
  render(
    <TrendPanel
      Chart={TrendChart}
      title="Reports by country"
      description="Top countries."
      series={series}
      chartType="line"
      k={11}
      width={500}
      height={260}
    />,
  );
  return userEvent.setup();
}

describe('ChartFrame downloads', () => {
  it('saves the table as CSV, hostile labels defused', async () => {
    const user = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toMatch(/^reports-by-country-\d{4}-\d{2}-\d{2}\.csv$/);
    // The byte-order mark (Excel reads UTF-8 by it); Blob.text() would drop it silently.
    expect([...new Uint8Array(await saved[0]!.blob.arrayBuffer()).slice(0, 3)]).toEqual([
      0xef, 0xbb, 0xbf,
    ]);
    const text = await saved[0]!.blob.text();
    expect(text.split('\r\n')).toEqual([
      `Period start,Period end,France,${hostile},"'=HYPERLINK(""http://evil"")",All reports`,
      '2026-03-01,2026-03-01,12,<11,0,30',
      '2026-03-02,2026-03-02,0,0,0,0',
      '',
    ]);
  });

  it('saves the chart as a standalone SVG with its title, legend and resolved colours', async () => {
    const user = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Download image (SVG)' }));
    const svg = await saved[0]!.blob.text();
    expect(svg).toContain('<title>Reports by country</title>');
    expect(svg).toContain('<desc>Top countries.</desc>');
    expect(svg).toContain('>France</text>');
    expect(svg).not.toContain('var(');
    // A label is text in the file, never markup.
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).not.toContain('<img');
    expect(
      new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror'),
    ).toBeNull();
  });

  it('saves a breakdown chart (plain SVG, not Recharts) as an image too', async () => {
    render(
      <BreakdownPanel
        title="Reports by country"
        description="Top countries."
        dimensionLabel="Country"
        breakdown={breakdown(
          'country',
          [
            ['FR', 'France', n(12)],
            ['XX', hostile, S],
          ],
          n(30),
        )}
        k={11}
        width={500}
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download image (SVG)' }));
    const svg = await saved[0]!.blob.text();
    expect(svg).toContain('<title>Reports by country</title>');
    expect(svg).toContain('>France</tspan>');
    expect(svg).toContain('>&lt;11</text>');
    expect(svg).not.toContain('var(');
    expect(svg).not.toContain('<img');
    expect(
      new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror'),
    ).toBeNull();
  });

  it('says so when a PNG cannot be drawn, instead of failing silently', async () => {
    const user = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Download image (PNG)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be saved as PNG');
  });
});

describe('ChartFrame table', () => {
  const model: TableModel = {
    caption: 'Reports by day',
    rowHeaderLabel: 'Period',
    columns: [{ key: 'total', label: 'Reports' }],
    rows: [{ key: '2026-03-01', header: '1 Mar', cells: [{ text: '12', state: 'value' }] }],
    csv: [
      ['Period', 'Reports'],
      ['2026-03-01', 12],
    ],
  };

  it('builds the table only when it is shown or downloaded (a change redraws no hidden table)', async () => {
    const table = vi.fn(() => model);
    const view = (title: string) => (
      <ChartFrame title={title} description="Per day." table={table}>
        <svg />
      </ChartFrame>
    );
    const { rerender } = render(view('Reports by day'));
    rerender(view('Reports by day, again'));
    expect(table).not.toHaveBeenCalled();
    expect(screen.queryByRole('table')).toBeNull();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.getByRole('table', { name: 'Reports by day' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '12' })).toBeInTheDocument();
    expect(table).toHaveBeenCalled();

    table.mockClear();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(table).toHaveBeenCalled();
    expect((await saved[0]!.blob.text()).split('\r\n')).toEqual([
      'Period,Reports',
      '2026-03-01,12',
      '',
    ]);
  });
});

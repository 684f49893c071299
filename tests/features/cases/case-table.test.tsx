import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { FilterEnumName } from '../../../src/api/contract/enums.ts';
import type { Filters } from '../../../src/api/contract/filter-params.ts';
import { DEFAULT_SORT, type Sort } from '../../../src/api/contract/list-params.ts';
import type { ReportSummary } from '../../../src/api/contract/report-schemas.ts';
import {
  CaseTable,
  type CaseTableProps,
} from '../../../src/features/cases/components/case-table.tsx';
import { defaultColumnPrefs } from '../../../src/features/cases/lib/column-prefs.ts';
import { makeSummaries, makeSummary } from './fixtures.ts';
import { mockGridLayout } from './layout-mocks.ts';

mockGridLayout();

type HarnessProps = Partial<CaseTableProps> & { rows: ReportSummary[] };

/** Holds sort, filters and column prefs the way the page will (URL, localStorage). */
function Harness({ rows, onSortChange, onColumnFilterChange, ...rest }: HarnessProps) {
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [filters, setFilters] = useState<Filters>({});
  const [prefs, setPrefs] = useState(defaultColumnPrefs);
  return (
    <CaseTable
      rows={rows}
      total={rows.length}
      hasNextPage={false}
      isFetchingNextPage={false}
      onLoadMore={() => undefined}
      sort={sort}
      onSortChange={(s) => {
        onSortChange?.(s);
        setSort(s);
      }}
      filters={filters}
      onColumnFilterChange={(field: FilterEnumName, values: string[]) => {
        onColumnFilterChange?.(field, values);
        setFilters((f) => ({ ...f, [field]: values }));
      }}
      onClearFilters={() => undefined}
      onOpenCase={() => undefined}
      columnPrefs={prefs}
      onColumnPrefsChange={setPrefs}
      {...rest}
    />
  );
}

const renderedRows = () => within(screen.getByRole('grid')).getAllByRole('row').slice(1);

describe('CaseTable', () => {
  it('tells assistive technology the true size of the list, and shows the total', () => {
    render(<Harness rows={makeSummaries(30)} total={12_345} hasNextPage />);
    const grid = screen.getByRole('grid', { name: 'Cases' });
    expect(grid).toHaveAttribute('aria-rowcount', '12346');
    expect(screen.getByText('12,345')).toBeInTheDocument();
    expect(screen.getByText('12,345').parentElement).toHaveTextContent(
      '12,345 reports match these filters',
    );
    const first = renderedRows()[0]!;
    expect(first).toHaveAttribute('aria-rowindex', '2');
    expect(within(first).getByText('14 Mar 2026, 09:05')).toBeInTheDocument();
    expect(within(first).getByText('Manchester, United Kingdom')).toBeInTheDocument();
    expect(within(first).getByText('9–17 (2), 18–20')).toBeInTheDocument();
  });

  it('sorts from the headers: the right field and direction, with aria-sort', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    render(<Harness rows={makeSummaries(5)} onSortChange={onSortChange} />);

    const received = screen.getByRole('columnheader', { name: /Received/ });
    expect(received).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: /^Urgency/ }));
    expect(onSortChange).toHaveBeenLastCalledWith({ field: 'urgency', direction: 'asc' });
    expect(screen.getByRole('columnheader', { name: /Urgency/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(received).not.toHaveAttribute('aria-sort');

    await user.click(screen.getByRole('button', { name: /^Urgency/ }));
    expect(onSortChange).toHaveBeenLastCalledWith({ field: 'urgency', direction: 'desc' });
    expect(screen.getByRole('columnheader', { name: /Urgency/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    // Country / city sorts by the API's "country"; dates start newest first.
    await user.click(screen.getByRole('button', { name: /^Country \/ city/ }));
    expect(onSortChange).toHaveBeenLastCalledWith({ field: 'country', direction: 'asc' });
    await user.click(screen.getByRole('button', { name: /^Received/ }));
    expect(onSortChange).toHaveBeenLastCalledWith({ field: 'receivedAt', direction: 'desc' });

    // Columns the API cannot sort by have no sort button.
    expect(screen.queryByRole('button', { name: /^Tags/ })).toBeNull();
  });

  it('filters a column from its menu, with counts per value', async () => {
    const user = userEvent.setup();
    const onColumnFilterChange = vi.fn();
    const onFilterMenuOpenChange = vi.fn();
    render(
      <Harness
        rows={makeSummaries(5)}
        onColumnFilterChange={onColumnFilterChange}
        onFilterMenuOpenChange={onFilterMenuOpenChange}
        facetCounts={{ status: { new: 1234, triaged: 56 } }}
      />,
    );

    const button = screen.getByRole('button', { name: 'Filter Status' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(onFilterMenuOpenChange).toHaveBeenCalledWith('status', true);

    const group = screen.getByRole('group', { name: 'Filter Status' });
    expect(within(group).getByRole('checkbox', { name: 'New, 1,234 reports' })).not.toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Closed, 0 reports' })).toBeDefined();

    await user.click(within(group).getByRole('checkbox', { name: /Triaged/ }));
    expect(onColumnFilterChange).toHaveBeenLastCalledWith('status', ['triaged']);
    await user.click(within(group).getByRole('checkbox', { name: /New/ }));
    // Values come back in the enum's order, whatever order they were ticked in.
    expect(onColumnFilterChange).toHaveBeenLastCalledWith('status', ['new', 'triaged']);
    expect(screen.getByRole('button', { name: 'Filter Status, 2 selected' })).toBeDefined();

    // Keyboard: Space toggles, Escape closes and gives focus back to the button.
    within(group)
      .getByRole('checkbox', { name: /Closed/ })
      .focus();
    await user.keyboard(' ');
    expect(onColumnFilterChange).toHaveBeenLastCalledWith('status', ['new', 'triaged', 'closed']);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Filter Status' })).toBeNull();
    expect(screen.getByRole('button', { name: /Filter Status/ })).toHaveFocus();
    expect(onFilterMenuOpenChange).toHaveBeenLastCalledWith('status', false);
  });

  it('moves between rows with the keyboard and opens the focused case with Enter', async () => {
    const user = userEvent.setup();
    const onOpenCase = vi.fn();
    render(<Harness rows={makeSummaries(50)} onOpenCase={onOpenCase} />);

    const rows = renderedRows();
    expect(rows[0]).toHaveAttribute('tabindex', '0');
    expect(rows[1]).toHaveAttribute('tabindex', '-1');

    await user.click(rows[0]!);
    expect(onOpenCase).toHaveBeenLastCalledWith('R-000000', 0, { scrollTop: 0 });
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const focused = document.activeElement as HTMLElement;
    expect(focused).toHaveAttribute('aria-rowindex', '4');
    expect(focused).toHaveAttribute('tabindex', '0');
    await user.keyboard('{Enter}');
    expect(onOpenCase).toHaveBeenLastCalledWith('R-000002', 2, { scrollTop: 0 });

    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '51');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onOpenCase).toHaveBeenLastCalledWith('R-000049', 49, expect.anything());
    await user.keyboard('{Home}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '2');
  });

  it('keeps at most about 100 rows in the page with 5,000 loaded, wherever it is scrolled', async () => {
    render(<Harness rows={makeSummaries(5000)} />);
    const grid = screen.getByRole('grid');
    expect(renderedRows().length).toBeGreaterThan(10);
    expect(renderedRows().length).toBeLessThanOrEqual(100);

    await act(async () => {
      grid.scrollTop = 40 * 3000;
      grid.dispatchEvent(new Event('scroll'));
    });
    const rows = renderedRows();
    expect(rows.length).toBeLessThanOrEqual(100);
    const indexes = rows.map((r) => Number(r.getAttribute('aria-rowindex')));
    // The focused first row stays (so Tab returns to it); the rest is the scrolled-to window.
    expect(indexes).toContain(2);
    expect(indexes.filter((i) => i > 2900 && i < 3100).length).toBeGreaterThan(10);
  });

  it('follows keyboard focus to the far end of a long list, still under 100 rows', async () => {
    const user = userEvent.setup();
    render(<Harness rows={makeSummaries(5000)} />);
    await user.click(renderedRows()[0]!);
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAttribute('aria-rowindex', '5001');
    expect(screen.getByRole('grid').scrollTop).toBeGreaterThan(40 * 4900);
    expect(renderedRows().length).toBeLessThanOrEqual(100);
    await user.keyboard('{PageUp}');
    const at = Number((document.activeElement as HTMLElement).getAttribute('aria-rowindex'));
    expect(at).toBeLessThan(5001);
    expect(at).toBeGreaterThan(4980);
  });

  it('asks for the next page near the end, not while one is loading', async () => {
    const onLoadMore = vi.fn();
    const { rerender } = render(
      <Harness rows={makeSummaries(20)} hasNextPage onLoadMore={onLoadMore} total={500} />,
    );
    expect(onLoadMore).toHaveBeenCalledTimes(1);
    onLoadMore.mockClear();
    rerender(
      <Harness
        rows={makeSummaries(20)}
        hasNextPage
        isFetchingNextPage
        onLoadMore={onLoadMore}
        total={500}
      />,
    );
    expect(onLoadMore).not.toHaveBeenCalled();
    expect(screen.getByText('Loading more reports…')).toBeInTheDocument();
  });

  it('renders hostile report text as characters', () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    render(<Harness rows={[makeSummary(1, { narrativePreview: hostile, tags: ['<b>x</b>'] })]} />);
    expect(screen.getByText(hostile)).toBeInTheDocument();
    expect(screen.getByText('<b>x</b>')).toBeInTheDocument();
    expect(document.querySelector('img, b')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('says when nothing matches, with a way back', async () => {
    const user = userEvent.setup();
    const onClearFilters = vi.fn();
    render(<Harness rows={[]} total={0} onClearFilters={onClearFilters} />);
    expect(screen.getByText('No reports match these filters.')).toBeInTheDocument();
    expect(screen.getByText('0').parentElement).toHaveTextContent('0 reports match these filters');
    expect(screen.queryByRole('grid')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onClearFilters).toHaveBeenCalledTimes(1);
  });
});

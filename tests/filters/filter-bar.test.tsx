import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../setup/render.tsx';
import { expectedCountText, setUpMockApi } from '../app/mock-api.ts';

const api = setUpMockApi();

/** The page's chunk has loaded and its count is shown: navigation waits for lazy pages. */
const pageReady = () => screen.findByText(/these filters/);

/**
 * The overview's figures and chart are drawn too: they draw in a background render after
 * the answers land, which in jsdom can hold up typing long enough to trip the debounce.
 */
const overviewDrawn = async () => {
  await pageReady();
  await waitFor(
    () =>
      expect(document.querySelector('.trends-overview-content')).toHaveAttribute(
        'data-state',
        'ready',
      ),
    { timeout: 5_000 },
  );
};

const countLine = async (text: string) =>
  screen.findByText((_, el) => el?.className === 'report-count' && el.textContent === text);

describe('the filter bar and the URL', () => {
  it('writes a ticked value to the URL as a new history entry, and Back undoes it', async () => {
    const { user, router, search } = renderApp('/trends?range=all');
    await countLine(expectedCountText(api.db, 'range=all'));
    await user.click(await screen.findByRole('button', { name: 'Urgency' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Urgency' })).getByRole('checkbox', {
        name: 'High',
      }),
    );
    expect(search().toString()).toBe('range=all&urgency=high');
    expect(router.state.historyAction).toBe('PUSH');
    expect(screen.getByRole('button', { name: 'Urgency (1)' })).toBeInTheDocument();
    expect(
      await countLine(expectedCountText(api.db, 'range=all&urgency=high')),
    ).toBeInTheDocument();

    await act(() => router.navigate(-1));
    expect(search().toString()).toBe('range=all');
    expect(screen.getByRole('button', { name: 'Urgency' })).toBeInTheDocument();
    expect(await countLine(expectedCountText(api.db, 'range=all'))).toBeInTheDocument();
  });

  it('shows active filters as chips that remove them, with labels from /metadata', async () => {
    const { user, search } = renderApp(
      '/?urgency=high,low&platform=dating_app&country=GB&cursor=abc&sort=-urgency',
    );
    await pageReady();
    const chips = await screen.findByRole('list', { name: 'Active filters' });
    await within(chips).findByRole('button', { name: 'Remove filter Country: United Kingdom' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual([
      'Remove filter Urgency: High',
      'Remove filter Urgency: Low',
      'Remove filter Platform: Dating app',
      'Remove filter Country: United Kingdom',
    ]);
    await user.click(within(chips).getByRole('button', { name: 'Remove filter Urgency: High' }));
    // The list position is meaningless once the filters change; the sort is kept.
    expect(search().toString()).toBe('urgency=low&platform=dating_app&country=GB&sort=-urgency');
    // Focus stays in the chip list, on the chip that took the removed one's place (once the
    // page has rendered the new URL).
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove filter Urgency: Low' })).toHaveFocus(),
    );
  });

  it('holds the pickers’ place while /metadata loads: the same buttons, disabled and hidden', async () => {
    const url = '/?urgency=high,low&country=GB&tag=x';
    const pickerTexts = () =>
      [...document.querySelectorAll('.filter-bar .filter-pickers > .disclosure > button')].map(
        (b) => b.textContent,
      );
    const loaded = renderApp(url);
    await screen.findByRole('button', { name: 'Urgency (2)' });
    const shown = pickerTexts();
    expect(shown).toContain('Country (1)');
    expect(shown).toContain('More filters (1)');
    loaded.unmount();

    // No answer to /metadata: the first paint has the row as it will be, so nothing below moves.
    api.scenario.set({ failures: [{ endpoint: 'metadata', kind: 'timeout' }] });
    renderApp(url);
    expect(await screen.findByText('Loading the filter options…')).toBeInTheDocument();
    expect(pickerTexts()).toEqual(shown);
    const row = document.querySelector('.filter-bar .filter-pickers')!;
    expect(row).toHaveAttribute('aria-hidden', 'true');
    for (const button of row.querySelectorAll('button')) expect(button).toBeDisabled();
    expect(screen.queryByRole('button', { name: /^Urgency/ })).toBeNull();
  });

  it('clears every filter at once, keeping view parameters', async () => {
    const { user, search } = renderApp('/cases?range=7d&status=new&q=job&sort=-urgency');
    await pageReady();
    await user.click(await screen.findByRole('button', { name: 'Clear all' }));
    await waitFor(() => expect(search().toString()).toBe('sort=-urgency'));
    expect(screen.queryByRole('list', { name: 'Active filters' })).not.toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Clear all' })).toBeDisabled();
  });

  it('drops a bad or unknown parameter with a notice, and falls back', async () => {
    const { user, router, search } = renderApp('/?urgency=high,urgent&range=fortnight&colour=red');
    const notices = await screen.findByText(
      /Ignored Urgency \(urgency\): "urgent" is not a known value\./,
    );
    const region = notices.closest('[role="status"]')!;
    expect(region).toHaveTextContent(
      'Ignored Dates (range): "fortnight" is not a known date range; showing last 90 days.',
    );
    expect(region).toHaveTextContent('Ignored "colour": the dashboard has no such setting.');
    await waitFor(() => expect(search().toString()).toBe('urgency=high'));
    expect(router.state.historyAction).toBe('REPLACE');
    expect(screen.getByRole('combobox', { name: 'Dates' })).toHaveValue('90d');
    expect(await countLine(expectedCountText(api.db, 'urgency=high'))).toBeInTheDocument();

    await user.click(
      within(region as HTMLElement).getByRole('button', { name: 'Dismiss notice about colour' }),
    );
    expect(screen.queryByText(/colour/)).not.toBeInTheDocument();
  });

  it('chooses a date preset, or custom days', async () => {
    const { user, search } = renderApp('/');
    await pageReady();
    const dates = await screen.findByRole('combobox', { name: 'Dates' });
    await user.selectOptions(dates, '30d');
    expect(search().toString()).toBe('range=30d');
    await user.selectOptions(dates, 'custom');
    const from = search().get('from');
    expect(search().get('range')).toBe('custom');
    expect(screen.getByLabelText('From')).toHaveValue(from);
    expect(screen.getByRole('button', { name: /^Remove filter Dates: / })).toBeInTheDocument();
  });

  it('debounces the search into one history entry, and follows Back', async () => {
    const { user, router, search } = renderApp('/');
    await overviewDrawn();
    const box = await screen.findByRole('searchbox', { name: 'Search' });
    await user.type(box, 'job');
    expect(search().get('q')).toBeNull();
    await waitFor(() => expect(search().get('q')).toBe('job'));
    await user.type(box, ' offer');
    await waitFor(() => expect(search().get('q')).toBe('job offer'));
    expect(router.state.historyAction).toBe('REPLACE');
    await act(() => router.navigate(-1));
    expect(search().get('q')).toBeNull();
    expect(box).toHaveValue('');
  });

  it('keeps a search committed on blur when the click that blurred it also changes a filter', async () => {
    const { user, search } = renderApp('/?urgency=high,low');
    await pageReady();
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await user.type(box, 'gift');
    const chip = screen.getByRole('button', { name: 'Remove filter Urgency: High' });
    // Both handlers before React renders again, as when one click blurs the box and acts.
    act(() => {
      fireEvent.blur(box);
      fireEvent.click(chip);
    });
    await waitFor(() => expect(search().get('urgency')).toBe('low'));
    expect(search().get('q')).toBe('gift');
  });
});

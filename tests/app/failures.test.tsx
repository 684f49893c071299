import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { renderApp } from '../setup/render.tsx';
import { expectedCountText, setUpMockApi } from './mock-api.ts';

const api = setUpMockApi();

describe('when the API fails', () => {
  it('shows the error in the failing view while the header and navigation keep working', async () => {
    api.scenario.set({ failures: [{ endpoint: 'breakdown', kind: 'server-error' }] });
    const { user } = renderApp('/trends');
    // Every breakdown fails (the count and the breakdown charts); the trend series does not.
    const message = await screen.findByText('Could not load the number of matching reports.');
    const alert = message.closest<HTMLElement>('[role="alert"]');
    if (!alert) throw new Error('the message is not in an alert');
    expect(alert).toHaveTextContent('The intake API failed (error 500).');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(await screen.findByText('Demo analyst · Analyst')).toBeInTheDocument();

    api.scenario.reset();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/reports match these filters/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Map' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Map' })).toBeInTheDocument();
  });

  it('marks data as stale when a refresh fails', async () => {
    const { queryClient } = renderApp('/?range=all');
    const text = expectedCountText(api.db, 'range=all');
    const count = await screen.findByText(
      (_, el) => el?.className === 'report-count' && el.textContent === text,
    );
    api.scenario.set({ failures: [{ endpoint: 'breakdown', kind: 'unavailable' }] });
    await act(() => queryClient.refetchQueries({ queryKey: ['aggregates'] }));
    // Every breakdown-based panel is marked; check the count's own marker.
    const result = count.closest<HTMLElement>('.query-result');
    if (!result) throw new Error('the count is not inside a query result');
    const marker = await within(result).findByText(/refresh failed/);
    expect(marker).toHaveTextContent(
      /^Showing data from \d\d:\d\d — refresh failed\. The intake API is unavailable/,
    );
    expect(
      screen.getByText((_, el) => el?.className === 'report-count' && el.textContent === text),
    ).toBeInTheDocument();
  });

  it('names the endpoint and field of a response that breaks the contract', async () => {
    api.scenario.set({ failures: [{ endpoint: 'breakdown', kind: 'contract-violation' }] });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/GET \/aggregates\/breakdown: field items\[0\]\.count\.count/);
  });

  it('says when to try again after a 429', async () => {
    api.scenario.set({ failures: [{ endpoint: 'breakdown', kind: 'rate-limited' }] });
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many requests to the intake API. Try again in 2 seconds.',
    );
  });

  it('keeps dates and search usable when the filter options fail to load', async () => {
    api.scenario.set({ failures: [{ endpoint: 'metadata', kind: 'network' }] });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Could not load the filter options. Could not reach the intake API.',
    );
    expect(screen.getByRole('combobox', { name: 'Dates' })).toBeEnabled();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeEnabled();
    expect(await screen.findByText(/reports match these filters/)).toBeInTheDocument();
  });

  it('tells a user with no session to sign in, and offers no personas with a real API', async () => {
    renderApp('/', { config: { mode: 'http', personaSwitcher: false } });
    expect(await screen.findByText('Not signed in')).toBeInTheDocument();
    const alerts = await screen.findAllByRole('alert');
    expect(alerts[0]).toHaveTextContent(
      'You are not signed in, or your session has expired. Sign in again, then retry.',
    );
    expect(screen.queryByRole('combobox', { name: 'View as' })).not.toBeInTheDocument();
    expect(api.requests.every((r) => r.token === null)).toBe(true);
  });
});

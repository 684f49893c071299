import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Caller } from '../../mocks/db/intake-db.ts';
import { parseFilterUrl } from '../../src/filters/filter-state.ts';
import { todayUtc } from '../../src/lib/dates.ts';
import { renderApp } from '../setup/render.tsx';
import { expectedCountText, setUpMockApi } from './mock-api.ts';

const api = setUpMockApi();
const PARTNER = 'demo-partner-154';

function partnerCaller(): Caller {
  const region = api.db.regions().find((r) => r.code === '154')!;
  return { role: 'partner', scopeCountries: new Set(region.countries), k: 11 };
}

const countLine = (text: string) =>
  screen.findByText((_, el) => el?.className === 'report-count' && el.textContent === text);

describe('personas', () => {
  it('switching to a partner clears every cached response and hides the cases', async () => {
    const { user, location, queryClient } = renderApp('/cases?range=all');
    const analystText = expectedCountText(api.db, 'range=all');
    await countLine(analystText);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Cases' })).toBeInTheDocument();

    const switchedAt = Date.now();
    const before = api.requests.length;
    const switcher = screen.getByRole('combobox', { name: 'View as' });
    await user.selectOptions(switcher, PARTNER);

    // The cases are not for partners: back to the overview, filters kept.
    await waitFor(() => expect(location().pathname).toBe('/'));
    expect(location().search).toBe('?range=all');
    expect(
      await screen.findByText('Demo partner (Northern Europe) · Partner (Northern Europe)'),
    ).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Cases' })).not.toBeInTheDocument();
    const partnerText = expectedCountText(api.db, 'range=all', partnerCaller());
    expect(partnerText).not.toBe(analystText);
    await countLine(partnerText);
    expect(screen.queryByText(analystText)).not.toBeInTheDocument();
    expect(switcher).toHaveFocus();

    // Everything asked after the switch was asked as the partner, and nothing in the cache
    // was fetched before it.
    const after = api.requests.slice(before);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((r) => r.token === PARTNER)).toBe(true);
    for (const query of queryClient.getQueryCache().getAll()) {
      if (query.state.dataUpdatedAt)
        expect(query.state.dataUpdatedAt).toBeGreaterThanOrEqual(switchedAt);
    }
  });

  it.each(['/cases', '/cases/r-1'])(
    'tells a partner %s is not for them, without asking for reports',
    async (url) => {
      renderApp(url, { persona: PARTNER });
      expect(
        await screen.findByText(/The case list is not available for partner agencies/),
      ).toBeInTheDocument();
      expect(api.requests.some((r) => r.url.pathname.includes('/reports'))).toBe(false);
      expect(screen.queryByText(/these filters/)).not.toBeInTheDocument();
    },
  );

  it('shows a suppressed total as "<11", never as a number', async () => {
    const caller = partnerCaller();
    // Find filters under which the partner's total is suppressed (1 to 10 reports).
    const candidates = [...caller.scopeCountries!].flatMap((c) =>
      ['7d', '30d', '90d'].map((r) => `range=${r}&country=${c}`),
    );
    const search = candidates.find((s) => {
      const { apiFilters } = parseFilterUrl(new URLSearchParams(s), todayUtc());
      return api.db.breakdown(caller, apiFilters, 'urgency', null).total.suppressed;
    });
    expect(search).toBeDefined();
    renderApp(`/?${search}`, { persona: PARTNER });
    expect(await countLine('<11 reports match these filters')).toBeInTheDocument();
  });
});

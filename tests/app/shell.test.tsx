import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createTestRouter, renderApp } from '../setup/render.tsx';
import { expectedCountText, setUpMockApi } from './mock-api.ts';

const api = setUpMockApi();

describe('the shell', () => {
  it('has landmarks, a skip link first, the signed-in user and a real count', async () => {
    const { user } = renderApp('/');
    expect(await screen.findByText('Demo analyst · Analyst')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(await within(nav).findByRole('link', { name: 'Cases' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(document.title).toBe('Overview · Intake dashboard');
    expect(
      await screen.findByText(
        (_, el) =>
          el?.className === 'report-count' && el.textContent === expectedCountText(api.db, ''),
      ),
    ).toBeInTheDocument();

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it("shows the heading and what the page is for before the page's own code has loaded", async () => {
    renderApp('/trends');
    // The first render: the page's chunk is still loading.
    expect(screen.getByText('Loading the page…')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Trends' })).toBeInTheDocument();
    expect(screen.getByText(/reports over time and by each main field/i)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Loading the page…')).toBeNull());
    expect(screen.getAllByText(/reports over time and by each main field/i)).toHaveLength(1);
  });

  it("paints the heading and what the page is for before the page's views, its code loaded or not", async () => {
    // The page's chunk is in already (as when the app asked for it first): the first commit
    // could hold the whole page, but only the shell is needed for the first paint.
    const router = createTestRouter('/');
    await waitFor(() => expect(router.state.initialized).toBe(true));
    const commits: { heading: boolean; intro: boolean; views: boolean }[] = [];
    renderApp('/', {
      router,
      onCommit: () =>
        commits.push({
          heading: screen.queryByRole('heading', { level: 1, name: 'Overview' }) !== null,
          intro: screen.queryByText(/the headline numbers for the current filters/i) !== null,
          views: screen.queryAllByRole('heading', { level: 2 }).length > 0,
        }),
    });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Headline figures' }),
    ).toBeVisible();
    expect(commits[0]).toEqual({ heading: true, intro: true, views: false });
    expect(screen.queryByText('Loading the page…')).toBeNull();
  });

  it.each([
    ['/', 'Overview', /the headline numbers for the current filters/i],
    ['/trends', 'Trends', /reports over time and by each main field/i],
    ['/map', 'Map', /a map of where reports come from/i],
    ['/cases', 'Cases', /every report that matches the filters/i],
    ['/cases/r-123', 'Case r-123', /no report with this id/i],
  ])('%s says what it shows', async (url, title, intro) => {
    renderApp(url);
    expect(await screen.findByText(intro)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(document.title).toBe(`${title} · Intake dashboard`);
  });

  it('navigates between views keeping the filters but not view parameters', async () => {
    const { user, location } = renderApp('/map?urgency=high&lat=51');
    await user.click(await screen.findByRole('link', { name: 'Trends' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Trends' })).toBeInTheDocument();
    expect(location().pathname).toBe('/trends');
    expect(location().search).toBe('?urgency=high');
  });

  it('says so for an address with no page', async () => {
    renderApp('/nowhere');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toBeInTheDocument();
  });

  it('switches the theme and remembers the choice', async () => {
    const { user } = renderApp('/');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('intake-dashboard:theme')).toBe('dark');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'system');
    expect(localStorage.getItem('intake-dashboard:theme')).toBeNull();
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});

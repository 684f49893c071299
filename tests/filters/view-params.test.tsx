import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { FilterBar } from '../../src/components/filter-bar/filter-bar.tsx';
import { useFilters } from '../../src/filters/use-filters.ts';
import { useViewParams } from '../../src/filters/use-view-params.ts';
import { renderWithProviders } from '../setup/render.tsx';
import { setUpMockApi } from '../app/mock-api.ts';

setUpMockApi();

function Harness() {
  const { search } = useLocation();
  const { viewParams, setViewParams } = useViewParams();
  const { setFilters } = useFilters();
  return (
    <>
      <FilterBar />
      <output aria-label="URL">{search}</output>
      <p>Sort: {viewParams.get('sort') ?? 'default'}</p>
      <button type="button" onClick={() => setViewParams({ sort: '-urgency', cursor: 'c2' })}>
        Sort by urgency
      </button>
      <button type="button" onClick={() => setFilters({ status: ['new'] })}>
        Only new
      </button>
    </>
  );
}

const url = () => screen.getByRole('status', { name: 'URL' }).textContent;

const seenSetters = new Set<unknown>();
function SetterHarness() {
  const { search } = useLocation();
  const { setFilters } = useFilters();
  seenSetters.add(setFilters);
  return (
    <>
      <output aria-label="URL">{search}</output>
      <button type="button" onClick={() => setFilters({ status: ['new'] })}>
        Only new
      </button>
      <button type="button" onClick={() => setFilters({ urgency: ['high'] })}>
        Only high
      </button>
    </>
  );
}

const seenFilters: unknown[] = [];
function FilterReader() {
  seenFilters.push(useFilters().apiFilters);
  return null;
}

describe('view parameters beside the filters', () => {
  it('writes a view parameter without touching filters, and a filter change resets the cursor only', async () => {
    const { user } = renderWithProviders(<Harness />, { url: '/cases?urgency=high' });
    await user.click(screen.getByRole('button', { name: 'Sort by urgency' }));
    expect(url()).toBe('?urgency=high&sort=-urgency&cursor=c2');
    expect(screen.getByText('Sort: -urgency')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Only new' }));
    expect(url()).toBe('?status=new&urgency=high&sort=-urgency');
  });

  it('keeps one filter setter from URL to URL, which writes from the newest URL', async () => {
    seenSetters.clear();
    const { user } = renderWithProviders(<SetterHarness />, { url: '/?q=phone' });
    await user.click(screen.getByRole('button', { name: 'Only new' }));
    await user.click(screen.getByRole('button', { name: 'Only high' }));
    const written = new URLSearchParams(url() ?? '');
    expect([written.get('q'), written.get('status'), written.get('urgency')]).toEqual([
      'phone',
      'new',
      'high',
    ]);
    // Memoised views handed the setter (the overview's map) are not re-rendered by a change.
    expect(seenSetters.size).toBe(1);
  });

  it('gives every reader of one URL the same filters object, and a new one for a new URL', async () => {
    seenFilters.length = 0;
    const { user } = renderWithProviders(
      <>
        <FilterReader />
        <FilterReader />
        <SetterHarness />
      </>,
      { url: '/?q=phone' },
    );
    const [first, second] = seenFilters;
    expect(first).toEqual(expect.objectContaining({ q: 'phone' }));
    expect(second).toBe(first);
    await user.click(screen.getByRole('button', { name: 'Only high' }));
    const [after, afterToo] = seenFilters.slice(-2);
    expect(after).toEqual(expect.objectContaining({ q: 'phone', urgency: ['high'] }));
    expect(afterToo).toBe(after);
    expect(after).not.toBe(first);
  });

  it('adds a tag and a coordinates filter from "More filters"', async () => {
    const { user } = renderWithProviders(<Harness />, { url: '/' });
    await user.click(await screen.findByRole('button', { name: 'More filters' }));
    const panel = screen.getByRole('group', { name: 'More filters' });
    await user.type(within(panel).getByRole('textbox', { name: 'Tag' }), 'needs-review{Enter}');
    expect(url()).toBe('?tag=needs-review');
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Coordinates' }), 'false');
    expect(url()).toBe('?tag=needs-review&hasCoordinates=false');
    expect(screen.getByRole('button', { name: 'More filters (2)' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Remove filter Coordinates: only without coordinates' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Remove filter Tag: needs-review' }),
    ).toBeInTheDocument();
  });
});

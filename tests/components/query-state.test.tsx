import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../src/components/query-state.tsx';
import { ViewErrorBoundary } from '../../src/components/view-error-boundary.tsx';
import { ApiError } from '../../src/api/client/api-error.ts';
import { renderWithProviders } from '../setup/render.tsx';

function Numbers({ fetch }: { fetch: () => Promise<number[]> }) {
  const query = useQuery({ queryKey: ['numbers'], queryFn: fetch });
  return (
    <QueryState
      query={query}
      label="the numbers"
      isEmpty={(d) => d.length === 0}
      empty="No numbers yet."
    >
      {(data) => <p>Numbers: {data.join(', ')}</p>}
    </QueryState>
  );
}

const rateLimited = new ApiError({
  kind: 'rate-limited',
  endpoint: 'GET /x',
  status: 429,
  retryAfterSeconds: 30,
  message: 'Too many requests to the intake API. Try again in 30 seconds.',
});

describe('QueryState', () => {
  it('shows loading, then the data in a new element (not the loading line rewritten)', async () => {
    let resolve!: (v: number[]) => void;
    renderWithProviders(<Numbers fetch={() => new Promise((r) => (resolve = r))} />);
    const loading = screen.getByRole('status');
    expect(loading).toHaveTextContent('Loading the numbers…');
    expect(loading).toHaveAttribute('aria-busy', 'true');
    resolve([1, 2]);
    const numbers = await screen.findByText('Numbers: 1, 2');
    expect(loading).not.toBeInTheDocument();
    expect(numbers.closest('[aria-busy]')).not.toBe(loading);
  });

  it("draws a skeleton in the result's place while loading, and the result fills it in place", async () => {
    let resolve!: (v: number[]) => void;
    function Skeletal() {
      const query = useQuery({
        queryKey: ['n'],
        queryFn: () => new Promise<number[]>((r) => (resolve = r)),
      });
      const list = (text: string) => <p className="numbers">{text}</p>;
      return (
        <QueryState query={query} label="the numbers" loading={list('\u00a0')}>
          {(data) => list(data.join(', '))}
        </QueryState>
      );
    }
    const { container } = renderWithProviders(<Skeletal />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the numbers…');
    const blank = container.querySelector('.numbers');
    expect(blank?.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'true');
    resolve([4, 5]);
    expect(await screen.findByText('4, 5')).toBe(blank);
    expect(screen.queryByRole('status')).toBeNull();
    expect(blank?.closest('[aria-busy]')).toHaveAttribute('aria-busy', 'false');
  });

  it('shows the empty message', async () => {
    renderWithProviders(<Numbers fetch={async () => []} />);
    expect(await screen.findByText('No numbers yet.')).toBeInTheDocument();
  });

  it('shows the error with when to retry, and retries', async () => {
    const fetch = vi
      .fn<() => Promise<number[]>>()
      .mockRejectedValueOnce(rateLimited)
      .mockResolvedValue([3]);
    const { user } = renderWithProviders(<Numbers fetch={fetch} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the numbers.');
    expect(alert).toHaveTextContent('Try again in 30 seconds.');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Numbers: 3')).toBeInTheDocument();
  });

  it('keeps saying what went wrong while it asks again, until the answer comes', async () => {
    let answer!: (v: number[]) => void;
    const fetch = vi
      .fn<() => Promise<number[]>>()
      .mockRejectedValueOnce(rateLimited)
      .mockImplementationOnce(() => new Promise((r) => (answer = r)));
    const { queryClient } = renderWithProviders(<Numbers fetch={fetch} />);
    expect(await screen.findByRole('alert')).not.toHaveTextContent('Trying again');
    void queryClient.refetchQueries({ queryKey: ['numbers'] });
    const alert = await screen.findByText(/Trying again…/);
    expect(alert).toHaveTextContent(
      'Could not load the numbers. Too many requests to the intake API. Try again in 30 seconds. Trying again…',
    );
    expect(screen.queryByText(/Loading the numbers/)).not.toBeInTheDocument();
    answer([4]);
    expect(await screen.findByText('Numbers: 4')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the old data with a stale marker when a refresh fails', async () => {
    const fetch = vi
      .fn<() => Promise<number[]>>()
      .mockResolvedValueOnce([1])
      .mockRejectedValueOnce(
        new ApiError({
          kind: 'server',
          endpoint: 'GET /x',
          status: 500,
          message: 'The intake API failed (error 500).',
        }),
      )
      .mockResolvedValue([2]);
    const { queryClient, user } = renderWithProviders(<Numbers fetch={fetch} />);
    expect(await screen.findByText('Numbers: 1')).toBeInTheDocument();
    await queryClient.refetchQueries({ queryKey: ['numbers'] });
    const marker = await screen.findByText(/refresh failed/);
    expect(marker).toHaveTextContent(/^Showing data from \d\d:\d\d — refresh failed\./);
    expect(screen.getByText('Numbers: 1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Numbers: 2')).toBeInTheDocument();
    expect(screen.queryByText(/refresh failed/)).not.toBeInTheDocument();
  });
});

function Crash(): never {
  throw new Error('cannot draw this');
}

describe('ViewErrorBoundary', () => {
  it('contains a render crash to its view', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    let crash = true;
    function MaybeCrash() {
      if (crash) Crash();
      return <p>Drawn</p>;
    }
    const { user } = renderWithProviders(
      <>
        <p>The header still works</p>
        <ViewErrorBoundary name="Trends">
          <MaybeCrash />
        </ViewErrorBoundary>
      </>,
      { renderOptions: { onCaughtError: () => {} } },
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This view failed.');
    expect(screen.getByText('The header still works')).toBeInTheDocument();
    crash = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Drawn')).toBeInTheDocument();
  });
});

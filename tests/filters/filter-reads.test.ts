import { describe, expect, it, vi } from 'vitest';
import { QueryClient, queryOptions } from '@tanstack/react-query';
import type { Filters } from '../../src/api/contract/filter-params.ts';
import { createFilterReads } from '../../src/filters/filter-reads.ts';

/** A view's read of one filter set. */
const readOf = (view: string, filters: Filters, queryFn = vi.fn(async (): Promise<unknown> => 0)) =>
  queryOptions({ queryKey: [view, filters], queryFn });

const filters: Filters = { urgency: ['high'] };

describe('createFilterReads', () => {
  it("starts every registered view's reads for the filters it is given, at once", () => {
    const client = new QueryClient();
    const reads = createFilterReads();
    const countFn = vi.fn(async (): Promise<unknown> => 1);
    const seriesFn = vi.fn(async (): Promise<unknown> => 2);
    reads.register((f) => [readOf('count', f, countFn)]);
    reads.register((f) => [readOf('series', f, seriesFn), readOf('series-before', f)]);

    reads.start(client, filters);

    // Asked in the call itself (not in a later task): the batch can leave before the render.
    expect(countFn).toHaveBeenCalledTimes(1);
    expect(seriesFn).toHaveBeenCalledTimes(1);
    expect(client.getQueryState(['count', filters])?.fetchStatus).toBe('fetching');
    expect(client.getQueryState(['series-before', filters])?.fetchStatus).toBe('fetching');
  });

  it('leaves a read already in the cache to its observer, and a disabled one alone', () => {
    const client = new QueryClient();
    client.setQueryData(['count', filters], 5);
    const reads = createFilterReads();
    const cached = vi.fn(async (): Promise<unknown> => 1);
    const disabled = vi.fn(async (): Promise<unknown> => 1);
    reads.register((f) => [
      readOf('count', f, cached),
      { ...readOf('off', f, disabled), enabled: false },
    ]);

    reads.start(client, filters);

    expect(cached).not.toHaveBeenCalled();
    expect(disabled).not.toHaveBeenCalled();
    expect(client.getQueryData(['count', filters])).toBe(5);
  });

  it("starts the other views' reads when one view's cannot be worked out", () => {
    const client = new QueryClient();
    const reads = createFilterReads();
    const fine = vi.fn(async (): Promise<unknown> => 1);
    reads.register(() => {
      throw new Error('a bug in one view');
    });
    reads.register((f) => [readOf('count', f, fine)]);

    expect(() => reads.start(client, filters)).not.toThrow();
    expect(fine).toHaveBeenCalledTimes(1);
  });

  it('forgets a view once it unregisters (unmounted)', () => {
    const client = new QueryClient();
    const reads = createFilterReads();
    const readsFor = vi.fn((f: Filters) => [readOf('count', f)]);
    const unregister = reads.register(readsFor);
    unregister();

    reads.start(client, filters);

    expect(readsFor).not.toHaveBeenCalled();
    expect(client.getQueryCache().getAll()).toEqual([]);
  });
});

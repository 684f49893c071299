import { describe, expect, it } from 'vitest';
import {
  representative,
  viewState,
  type QueryLike,
} from '../../../src/features/trends/lib/query-group.ts';

const q = (o: Partial<QueryLike> & { name: string }) => ({
  data: 1,
  isError: false,
  isFetching: false,
  isPlaceholderData: false,
  ...o,
});

describe('a group of queries drawn as one', () => {
  it('shows the state of the member that needs it most', () => {
    const ok = q({ name: 'ok' });
    const loading = q({ name: 'loading', data: undefined, isFetching: true });
    const failed = q({ name: 'failed', data: undefined, isError: true });
    const stale = q({ name: 'stale', isError: true });
    const refreshing = q({ name: 'refreshing', isPlaceholderData: true, isFetching: true });
    expect(representative([ok, loading, failed]).name).toBe('failed');
    expect(representative([ok, refreshing, loading]).name).toBe('loading');
    expect(representative([ok, refreshing, stale]).name).toBe('stale');
    expect(representative([ok, refreshing]).name).toBe('refreshing');
    expect(representative([ok, q({ name: 'also ok' })]).name).toBe('ok');
  });

  it('is "ready" only when every member shows its own answer', () => {
    expect(viewState([q({ name: 'a' }), q({ name: 'b' })])).toBe('ready');
    expect(viewState([q({ name: 'a' }), q({ name: 'b', isPlaceholderData: true })])).toBe(
      'refreshing',
    );
    expect(viewState([q({ name: 'a', isFetching: true })])).toBe('refreshing');
    expect(viewState([q({ name: 'a', data: undefined, isError: true })])).toBe('error');
    expect(viewState([q({ name: 'a', data: undefined }), q({ name: 'b', isError: true })])).toBe(
      'loading',
    );
  });
});

import { act, render, screen } from '@testing-library/react';
import { Suspense, use } from 'react';
import { describe, expect, it } from 'vitest';
import { settledPromise } from '../../src/lib/settled-promise.ts';

function Reader({ promise }: { promise: Promise<string> }) {
  return <p>{use(promise)}</p>;
}

const renderReader = (promise: Promise<string>) =>
  render(
    <Suspense fallback={<p>Waiting</p>}>
      <Reader promise={promise} />
    </Suspense>,
  );

describe('settledPromise', () => {
  it('lets `use` read a promise that has already resolved in the first render', async () => {
    const promise = settledPromise(Promise.resolve('Loaded'));
    await promise;
    renderReader(promise);
    expect(screen.getByText('Loaded')).toBeInTheDocument();
    expect(screen.queryByText('Waiting')).toBeNull();
  });

  it('suspends on a pending promise and shows its value once it resolves', async () => {
    let resolve!: (value: string) => void;
    const promise = settledPromise(new Promise<string>((r) => (resolve = r)));
    await act(async () => {
      renderReader(promise);
    });
    expect(screen.getByText('Waiting')).toBeInTheDocument();
    await act(async () => resolve('Later'));
    expect(await screen.findByText('Later')).toBeInTheDocument();
  });

  it('throws the reason of a rejected promise to the error boundary', async () => {
    const promise = settledPromise(Promise.reject(new Error('chunk failed')));
    await promise.catch(() => {});
    expect(() => renderReader(promise)).toThrow('chunk failed');
  });
});

import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNearViewport } from '../../src/lib/use-near-viewport.ts';
import { FakeIntersectionObserver } from '../setup/fake-intersection-observer.ts';

function Widget() {
  const [ref, near] = useNearViewport<HTMLDivElement>('300px');
  return <div ref={ref}>{near ? 'Heavy widget' : 'Placeholder'}</div>;
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeIntersectionObserver.reset();
});

describe('useNearViewport', () => {
  it('waits until the element comes near the viewport, then stays started', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    render(<Widget />);
    expect(screen.getByText('Placeholder')).toBeInTheDocument();
    const [observer] = FakeIntersectionObserver.instances;
    expect(observer?.options?.rootMargin).toBe('300px 0px 300px 0px');

    act(() => observer!.report(false));
    expect(screen.getByText('Placeholder')).toBeInTheDocument();
    act(() => observer!.report(true));
    expect(screen.getByText('Heavy widget')).toBeInTheDocument();
    // Started for good: nothing is watched any more, and leaving the viewport changes nothing.
    expect(observer!.disconnected).toBe(true);
    expect(FakeIntersectionObserver.instances.filter((o) => !o.disconnected)).toEqual([]);
  });

  it('starts everything still waiting when the page is printed', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    render(<Widget />);
    expect(screen.getByText('Placeholder')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('Heavy widget')).toBeInTheDocument();
  });

  it('starts everything still waiting at the first Tab press, so focus can reach it', () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    render(<Widget />);
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    });
    expect(screen.getByText('Placeholder')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true }));
    });
    expect(screen.getByText('Heavy widget')).toBeInTheDocument();
  });

  it('counts the element as in view where IntersectionObserver is missing', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(<Widget />);
    expect(screen.getByText('Heavy widget')).toBeInTheDocument();
  });
});

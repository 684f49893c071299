import { describe, expect, it } from 'vitest';
import { createFrameScheduler, type FrameSchedulerHost } from '../../src/lib/frame-scheduler.ts';

/** A host whose frames and timers run when the test says. */
function manualHost() {
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const host: FrameSchedulerHost = {
    requestFrame: (cb) => frames.push(cb),
    setTimer: (cb) => timers.push(cb),
  };
  const run = (list: (() => void)[]) => list.splice(0).forEach((cb) => cb());
  return { host, frame: () => run(frames), timeout: () => run(timers) };
}

describe('createFrameScheduler', () => {
  it('runs every notification asked for before a frame together, in order, at that frame', () => {
    const { host, frame, timeout } = manualHost();
    const schedule = createFrameScheduler(host);
    const ran: string[] = [];
    schedule(() => ran.push('a'));
    schedule(() => ran.push('b'));
    expect(ran).toEqual([]);
    frame();
    expect(ran).toEqual(['a', 'b']);
    // The fallback timer of that frame finds nothing left.
    timeout();
    expect(ran).toEqual(['a', 'b']);
    schedule(() => ran.push('c'));
    frame();
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('falls back to a timer when no frame comes (a hidden tab), and runs nothing twice', () => {
    const { host, frame, timeout } = manualHost();
    const schedule = createFrameScheduler(host);
    const ran: string[] = [];
    schedule(() => ran.push('hidden'));
    timeout();
    expect(ran).toEqual(['hidden']);
    frame();
    expect(ran).toEqual(['hidden']);
  });

  it('keeps what is scheduled during a flush for the next one', () => {
    const { host, frame } = manualHost();
    const schedule = createFrameScheduler(host);
    const ran: string[] = [];
    schedule(() => {
      ran.push('first');
      schedule(() => ran.push('second'));
    });
    frame();
    expect(ran).toEqual(['first']);
    frame();
    expect(ran).toEqual(['first', 'second']);
  });
});

import { describe, expect, it } from 'vitest';
import { createNotifyBatcher } from '../../src/lib/notify-batcher.ts';

describe('createNotifyBatcher', () => {
  it('runs every notification asked for before the timer together, in order, once', () => {
    const timers: (() => void)[] = [];
    const schedule = createNotifyBatcher((cb) => timers.push(cb));
    const ran: string[] = [];
    schedule(() => ran.push('a'));
    schedule(() => ran.push('b'));
    expect(timers).toHaveLength(1);
    expect(ran).toEqual([]);
    timers.shift()!();
    expect(ran).toEqual(['a', 'b']);
  });

  it('keeps what is scheduled during a flush for the next one', () => {
    const timers: (() => void)[] = [];
    const schedule = createNotifyBatcher((cb) => timers.push(cb));
    const ran: string[] = [];
    schedule(() => {
      ran.push('first');
      schedule(() => ran.push('second'));
    });
    timers.shift()!();
    expect(ran).toEqual(['first']);
    expect(timers).toHaveLength(1);
    timers.shift()!();
    expect(ran).toEqual(['first', 'second']);
  });

  it('uses a real zero timer by default', async () => {
    const schedule = createNotifyBatcher();
    const ran: string[] = [];
    schedule(() => ran.push('later'));
    expect(ran).toEqual([]);
    await new Promise((r) => setTimeout(r, 0));
    expect(ran).toEqual(['later']);
  });
});

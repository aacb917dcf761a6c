import { describe, expect, it } from 'vitest';
import { deadlines } from '../src/retry.ts';

function clock(start = 0) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe('deadlines', () => {
  it('share one signal between attempts that start in the same window', () => {
    const { now, advance } = clock();
    const deadlineFor = deadlines(now);
    const first = deadlineFor(60_000);
    advance(249);
    expect(deadlineFor(60_000)).toBe(first);
    advance(1);
    expect(deadlineFor(60_000)).not.toBe(first);
  });

  it('keep windows to a twentieth of a short timeout', () => {
    const { now, advance } = clock();
    const deadlineFor = deadlines(now);
    const first = deadlineFor(100);
    advance(5);
    expect(deadlineFor(100)).not.toBe(first);
  });

  it('give an attempt with another timeout its own deadline', () => {
    const deadlineFor = deadlines(clock().now);
    expect(deadlineFor(1_000)).not.toBe(deadlineFor(2_000));
  });

  it('abort with a TimeoutError no earlier than the timeout, and no later than the timeout plus the window', async () => {
    const started = performance.now();
    const deadline = deadlines()(30);
    await new Promise((resolve) => deadline.addEventListener('abort', resolve));
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(29);
    expect(elapsed).toBeLessThan(1_000);
    expect(deadline.reason).toMatchObject({ name: 'TimeoutError' });
  });
});

/** A runtime whose sleep returns at once and records the delays asked for: retry tests never wait for real. */
import type { Clock } from '../../src/retry.ts';

export interface FakeClock extends Clock {
  readonly sleeps: number[];
}

export function fakeClock({ random = 0.5, now = Date.UTC(2026, 0, 1) } = {}): FakeClock {
  const sleeps: number[] = [];
  return {
    sleeps,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => random,
    now: () => now,
  };
}

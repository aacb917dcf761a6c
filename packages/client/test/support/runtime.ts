/** A runtime whose sleep returns at once and records the delays asked for: retry tests never wait for real. */
import type { Runtime } from '../../src/runtime.ts';

export interface FakeRuntime extends Runtime {
  readonly sleeps: number[];
}

export function fakeRuntime({ random = 0.5, now = Date.UTC(2026, 0, 1) } = {}): FakeRuntime {
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

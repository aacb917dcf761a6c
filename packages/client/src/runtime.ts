/** The clock, timer and randomness the retry loop uses; tests pass their own so that no test waits for real. */

export interface Runtime {
  /** Resolves after `ms` milliseconds, or as soon as `signal` aborts. */
  sleep(ms: number, signal: AbortSignal | undefined): Promise<void>;
  /** Uniform in [0, 1), for the backoff's jitter. */
  random(): number;
  /** Milliseconds since the epoch, to read a `Retry-After` date. */
  now(): number;
}

export const systemRuntime: Runtime = {
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
    }),
  random: Math.random,
  now: Date.now,
};

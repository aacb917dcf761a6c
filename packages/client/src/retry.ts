/**
 * Retries and time: the retry policy, the deadlines of attempts, and the clock the retry loop waits on.
 *
 * The retry policy, in one place. A failed call is sent again only when all of these hold:
 * - the operation's `x-effect` is `read` (token creation, process and delete are never repeated automatically);
 * - the failure is retryable: a standard API error whose catalog entry says `retryable` (e.g. `INTERNAL_ERROR`),
 *   any other response with status 408, 429 or 5xx, or a network error or timeout (never the caller's abort);
 * - fewer than `maxRetries` retries have been made.
 * The wait is exponential (0.5 s, 1 s, 2 s … up to 8 s) with jitter (between half and all of it), unless the
 * response says `Retry-After`, which is obeyed as given; a `Retry-After` over 60 s means giving up instead.
 */
import type { Effect } from './brand.ts';
import type { Failure } from './result.ts';

export const BASE_DELAY_MS = 500;
export const MAX_DELAY_MS = 8_000;
export const MAX_RETRY_AFTER_MS = 60_000;

export function isRetryable(failure: Failure): boolean {
  switch (failure.kind) {
    case 'api-error':
      return failure.retryable;
    case 'transport-error':
      return failure.reason !== 'abort';
    default:
      return failure.status === 408 || failure.status === 429 || failure.status >= 500;
  }
}

/** Milliseconds to wait, from a `Retry-After` of delay-seconds or an HTTP date; undefined when it is neither. */
export function parseRetryAfter(value: string, now: number): number | undefined {
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** How long to wait before the next attempt, or undefined when the failure is final. */
export function retryDelay(
  effect: Effect,
  failure: Failure,
  /** How many retries were made already (0 after the first attempt). */
  retries: number,
  maxRetries: number,
  /** The response's `Retry-After` header, if any. */
  retryAfter: string | null | undefined,
  { random, now }: Pick<Clock, 'random' | 'now'>,
): number | undefined {
  if (effect !== 'read' || retries >= maxRetries || !isRetryable(failure)) return undefined;
  const asked = retryAfter ? parseRetryAfter(retryAfter, now()) : undefined;
  if (asked !== undefined) return asked <= MAX_RETRY_AFTER_MS ? asked : undefined;
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** retries);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/*
 * Time limits for attempts without an AbortSignal per attempt: in Node, creating an AbortSignal costs more than all
 * the rest of the client's own work on a call. Consecutive attempts with the same timeout that start within one
 * window (a twentieth of the timeout, at most 250 ms) share one `AbortSignal.timeout`, which fires once the last of
 * them has had its full time: an attempt gets between `timeoutMs` and `timeoutMs` plus the window, a coarseness
 * undici accepts for its own timeouts for the same reason. Like every `AbortSignal.timeout`, it aborts with a
 * TimeoutError and does not keep the process alive by itself (a request in flight does, by its socket).
 */

/** Hands out the signal that ends an attempt that starts now with the given timeout. */
export function deadlines(now: () => number = Date.now): (timeoutMs: number) => AbortSignal {
  let open: { signal: AbortSignal; timeoutMs: number; until: number } | undefined;
  return (timeoutMs) => {
    const time = now();
    if (open?.timeoutMs === timeoutMs && time < open.until) return open.signal;
    const windowMs = Math.min(250, Math.ceil(timeoutMs / 20));
    open = { signal: AbortSignal.timeout(timeoutMs + windowMs), timeoutMs, until: time + windowMs };
    return open.signal;
  };
}

/** The clock, timer and randomness the retry loop uses; tests pass their own so that no test waits for real. */
export interface Clock {
  /** Resolves after `ms` milliseconds, or as soon as `signal` aborts. */
  sleep(ms: number, signal: AbortSignal | undefined): Promise<void>;
  /** Uniform in [0, 1), for the backoff's jitter. */
  random(): number;
  /** Milliseconds since the epoch, to read a `Retry-After` date. */
  now(): number;
}

export const systemClock: Clock = {
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done);
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
    }),
  random: Math.random,
  now: Date.now,
};

/**
 * The per-partner request rate limit (`TOO_MANY_REQUESTS`): at most `requestsPerHour` requests in any sliding hour,
 * counted by the sandbox's clock. Only a brand whose catalog has the identifier enforces it (see `brand-api.ts`).
 */
import { ApiError } from './api-error.ts';
import type { PartnerSeed } from './config.ts';

/** The real iDenfy API's default limit per partner. */
export const defaultRequestsPerHour = 10_000;

const hourMs = 60 * 60 * 1000;

interface Window {
  limit: number;
  /** When the partner's last admitted requests came, at most `limit` of them, as a ring buffer. */
  times: number[];
  /** Once the ring is full, the slot of the oldest time: the one the next admitted request overwrites. */
  oldest: number;
}

export class RateLimit {
  readonly #windows = new Map<string, Window>();

  constructor(partners: readonly PartnerSeed[]) {
    for (const { apiKey, requestsPerHour } of partners) {
      const limit = requestsPerHour === undefined ? defaultRequestsPerHour : requestsPerHour;
      if (limit !== null) this.#windows.set(apiKey, { limit, times: [], oldest: 0 });
    }
  }

  /**
   * Counts a request of the partner at `now`, or refuses it when the hour before already holds `limit` admitted
   * requests; a refused request does not count, so a partner that waits gets through. `retryAfterHeader` is the
   * header the operation's error response declares for the wait, if it declares one.
   */
  admit(apiKey: string, now: number, retryAfterHeader?: string): void {
    const window = this.#windows.get(apiKey);
    if (!window) return;
    const { limit, times } = window;
    if (times.length < limit) {
      times.push(now);
      return;
    }
    const oldest = times[window.oldest] ?? Number.NEGATIVE_INFINITY;
    if (oldest + hourMs > now) {
      const seconds = Math.max(1, Math.ceil((oldest + hourMs - now) / 1000));
      const message = `Rate limit of ${limit} requests per hour exceeded. Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
      throw new ApiError('rateLimited', message, retryAfterHeader ? { [retryAfterHeader]: String(seconds) } : {});
    }
    times[window.oldest] = now;
    window.oldest = (window.oldest + 1) % limit;
  }
}

/**
 * Time limits for attempts without an AbortSignal and a timer per attempt: in Node, creating an AbortSignal costs
 * more than all the rest of the client's own work on a call. Attempts with the same timeout that start within one
 * window (a twentieth of the timeout, at most 250 ms) share a controller and a timer, which fires once the last of
 * them has had its full time: an attempt gets between `timeoutMs` and `timeoutMs` plus the window, a coarseness
 * undici accepts for its own timeouts for the same reason. The timer keeps the process alive only while an attempt
 * uses it.
 */

export interface Deadline {
  /** Aborts with a TimeoutError when the deadline passes; fetch gets it (or one that follows it). */
  readonly signal: AbortSignal;
  /** Marks the start and the end of an attempt that uses this deadline. */
  enter(): void;
  leave(): void;
}

interface Timer {
  ref?(): unknown;
  unref?(): unknown;
}

function openDeadline(timeoutMs: number, windowMs: number): Deadline {
  const controller = new AbortController();
  const timer: Timer = setTimeout(
    () => controller.abort(new DOMException(`No response within ${timeoutMs} ms.`, 'TimeoutError')),
    timeoutMs + windowMs,
  );
  timer.unref?.();
  let attempts = 0;
  return {
    signal: controller.signal,
    enter: () => attempts++ || timer.ref?.(),
    leave: () => --attempts || timer.unref?.(),
  };
}

/** Hands out the deadline for an attempt that starts now with the given timeout. */
export function deadlines(now: () => number = Date.now): (timeoutMs: number) => Deadline {
  const open = new Map<number, { deadline: Deadline; until: number }>();
  return (timeoutMs) => {
    const time = now();
    const current = open.get(timeoutMs);
    if (current && time < current.until) return current.deadline;
    // Calls may choose their own timeouts: forget the windows that have closed.
    for (const [key, { until }] of open) if (until <= time) open.delete(key);
    const windowMs = Math.min(250, Math.ceil(timeoutMs / 20));
    const deadline = openDeadline(timeoutMs, windowMs);
    open.set(timeoutMs, { deadline, until: time + windowMs });
    return deadline;
  };
}

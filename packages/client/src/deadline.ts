/**
 * Time limits for attempts without an AbortSignal and a timer per attempt: in Node, creating an AbortSignal costs
 * more than all the rest of the client's own work on a call. Consecutive attempts with the same timeout that start
 * within one window (a twentieth of the timeout, at most 250 ms) share a controller and a timer, which fires once the
 * last of them has had its full time: an attempt gets between `timeoutMs` and `timeoutMs` plus the window, a
 * coarseness undici accepts for its own timeouts for the same reason. The timer keeps the process alive only while
 * an attempt uses it.
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
  let open: { deadline: Deadline; timeoutMs: number; until: number } | undefined;
  return (timeoutMs) => {
    const time = now();
    if (open?.timeoutMs === timeoutMs && time < open.until) return open.deadline;
    const windowMs = Math.min(250, Math.ceil(timeoutMs / 20));
    open = { deadline: openDeadline(timeoutMs, windowMs), timeoutMs, until: time + windowMs };
    return open.deadline;
  };
}

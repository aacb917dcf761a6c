/**
 * Turns a stream of saves into builds: waits until the saves stop for `debounceMs`, never runs two builds at once,
 * and folds every save made during a build into exactly one more build after it.
 */
export interface BuildScheduler {
  /** A file changed; `path` is passed on to the next build. */
  notify(path: string): void;
  /** Resolves when no build is running or waiting. */
  idle(): Promise<void>;
  /** Drops the waiting build and resolves when the running one is over. */
  close(): Promise<void>;
}

export function createBuildScheduler(
  build: (changed: ReadonlySet<string>) => Promise<void>,
  debounceMs: number,
): BuildScheduler {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;
  let waiters: Array<() => void> = [];

  const settle = () => {
    if (running || timer || pending.size > 0) return;
    for (const resolve of waiters) resolve();
    waiters = [];
  };
  const start = () => {
    timer = undefined;
    if (closed || running || pending.size === 0) return settle();
    const changed = pending;
    pending = new Set();
    running = build(changed)
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
        if (pending.size > 0 && !closed && !timer) start();
        else settle();
      });
  };
  return {
    notify(path) {
      if (closed) return;
      pending.add(path);
      clearTimeout(timer);
      timer = setTimeout(start, debounceMs);
    },
    idle() {
      return new Promise((resolve) => {
        waiters.push(resolve);
        settle();
      });
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      pending.clear();
      await running;
      settle();
    },
  };
}

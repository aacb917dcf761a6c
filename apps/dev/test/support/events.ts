/** Reads the dev server's live-reload channel as a page would, and waits for events with a bounded wait. */

export interface ReceivedEvent {
  type: string;
  data: Record<string, unknown>;
}

export interface EventReader {
  /** Resolves with the first event from now on that matches, or rejects after `timeoutMs`. */
  next(match: (event: ReceivedEvent) => boolean, timeoutMs?: number): Promise<ReceivedEvent>;
  close(): void;
}

export async function readEvents(url: string): Promise<EventReader> {
  const abort = new AbortController();
  const response = await fetch(url, { signal: abort.signal });
  if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}.`);
  const waiting = new Set<{ match: (event: ReceivedEvent) => boolean; resolve: (event: ReceivedEvent) => void }>();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  void (async () => {
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (chunk.done) return;
      buffer += chunk.value;
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
        const type = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (!type || data === undefined) continue;
        const event = { type, data: JSON.parse(data) };
        for (const waiter of waiting) {
          if (!waiter.match(event)) continue;
          waiting.delete(waiter);
          waiter.resolve(event);
        }
      }
    }
  })();
  return {
    next(match, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const waiter = {
          match,
          resolve: (event: ReceivedEvent) => {
            clearTimeout(timer);
            resolve(event);
          },
        };
        const timer = setTimeout(() => {
          waiting.delete(waiter);
          reject(new Error(`No matching live-reload event within ${timeoutMs} ms.`));
        }, timeoutMs);
        waiting.add(waiter);
      });
    },
    close: () => abort.abort(),
  };
}

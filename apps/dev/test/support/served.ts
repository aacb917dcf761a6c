/** Waits, with a bounded wait, until pages served by the dev loop show a text, as a reloaded page would fetch them. */

export interface ServedOptions {
  /** When the wait started (default: now); the result is measured from it. */
  start?: number;
  timeoutMs?: number;
  pollMs?: number;
}

/** Resolves with the ms from `start` until every route serves a page containing `text`; rejects after `timeoutMs`. */
export async function servedWith(
  docsUrl: string,
  routes: readonly string[],
  text: string,
  { start = performance.now(), timeoutMs = 60_000, pollMs = 20 }: ServedOptions = {},
): Promise<number> {
  const pending = new Set(routes);
  while (pending.size > 0) {
    if (performance.now() - start > timeoutMs) {
      throw new Error(`${[...pending].join(', ')} did not show "${text}" within ${timeoutMs} ms.`);
    }
    for (const route of pending) {
      const page = await fetch(new URL(route, docsUrl)).then((response) => response.text());
      if (page.includes(text)) pending.delete(route);
    }
    if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  return performance.now() - start;
}

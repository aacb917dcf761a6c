/** Injected fetch stubs: each answers from a script of replies and records the requests it was given. */

export interface StubReply {
  status: number;
  body?: string | Uint8Array | null;
  headers?: Record<string, string>;
  statusText?: string;
}

export type Step = StubReply | Error | ((request: Request, init: { signal: AbortSignal }) => Promise<Response>);

export interface StubFetch {
  (request: Request, init: { signal: AbortSignal }): Promise<Response>;
  readonly requests: Request[];
}

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

export function toResponse({ status, body = null, headers = {}, statusText }: StubReply): Response {
  return new Response(NULL_BODY_STATUSES.has(status) ? null : body, { status, headers, statusText });
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): StubReply {
  return { status, body: JSON.stringify(value), headers: { 'content-type': 'application/json', ...headers } };
}

/** Answers the n-th request with the n-th step, and every later one with the last step. */
export function stubFetch(...steps: Step[]): StubFetch {
  const requests: Request[] = [];
  const fetch = async (request: Request, init: { signal: AbortSignal }) => {
    requests.push(request);
    const step = steps[Math.min(requests.length, steps.length) - 1];
    if (step === undefined) throw new Error('stubFetch needs at least one step.');
    if (step instanceof Error) throw step;
    if (typeof step === 'function') return step(request, init);
    return toResponse(step);
  };
  return Object.assign(fetch, { requests });
}

/** A fetch that never answers until its signal aborts, like a server that hangs; it honours the signal as fetch does. */
export function hangingFetch(): StubFetch {
  return stubFetch(
    (_request, { signal }) =>
      new Promise((_, reject) => {
        if (signal.aborted) reject(signal.reason);
        signal.addEventListener('abort', () => reject(signal.reason));
      }),
  );
}

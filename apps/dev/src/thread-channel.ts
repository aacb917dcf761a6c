/**
 * The one request-and-reply channel between the dev loop and its worker threads (the build steps', the sandbox's):
 * each call carries an id; the thread answers its calls one at a time, in the order sent; a call the thread could
 * not answer, and every call once the thread has failed or stopped, rejects.
 */
import { parentPort, Worker } from 'node:worker_threads';

export interface ThreadChannel<Request, Reply> {
  call(request: Request): Promise<Reply>;
  terminate(): Promise<void>;
}

type Answer<Reply> = { id: number; reply: Reply } | { id: number; failure: string };

/**
 * Starts a worker thread running `module` (TypeScript, relative to this folder: worker-entry.mjs registers tsx, which
 * worker threads do not inherit), with `data` as its workerData. `name` says which thread an error comes from.
 */
export function startThread<Request, Reply>(
  module: string,
  data: Record<string, unknown>,
  name: string,
): ThreadChannel<Request, Reply> {
  const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { ...data, module } });
  const waiting = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let stopped: Error | undefined;
  const stop = (error: Error) => {
    stopped ??= error;
    for (const { reject } of waiting.values()) reject(stopped);
    waiting.clear();
  };
  worker.on('message', (answer: Answer<Reply>) => {
    const call = waiting.get(answer.id);
    waiting.delete(answer.id);
    if ('reply' in answer) call?.resolve(answer.reply);
    else call?.reject(new Error(answer.failure));
  });
  worker.on('error', (error) => stop(new Error(`${name} failed: ${error.message}`)));
  worker.on('exit', () => stop(new Error(`${name} stopped.`)));
  return {
    call(request) {
      if (stopped) return Promise.reject(stopped);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, request });
      });
    },
    async terminate() {
      await worker.terminate();
    },
  };
}

/** Inside a worker thread of the dev loop: answers each call with `answer`, one at a time, in the order they came. */
export function answerCalls<Request, Reply>(answer: (request: Request) => Promise<Reply>): void {
  const port = parentPort;
  if (!port) throw new Error('This module runs as a worker thread of the dev loop.');
  let queue = Promise.resolve();
  port.on('message', ({ id, request }: { id: number; request: Request }) => {
    queue = queue.then(async () => {
      let reply: Answer<Reply>;
      try {
        reply = { id, reply: await answer(request) };
      } catch (error) {
        reply = { id, failure: error instanceof Error ? error.message : String(error) };
      }
      port.postMessage(reply);
    });
  });
}

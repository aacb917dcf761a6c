/** A step worker, from the dev loop's side: a worker thread that runs build steps, sent one by one, with their results. */
import { Worker } from 'node:worker_threads';
import type { StepInputs, StepName, StepResults } from './build-steps.ts';
import type { DevLayout } from './layout.ts';
import type { StepReply } from './step-worker-thread.ts';

export class BuildStepError extends Error {
  override name = 'BuildStepError';
}

export interface StepWorker {
  /** Resolves with the step's result and the milliseconds it took in the worker. */
  run<K extends StepName>(
    step: K,
    ...input: StepInputs[K] extends undefined ? [] : [StepInputs[K]]
  ): Promise<[StepResults[K], number]>;
  close(): Promise<void>;
}

export function startStepWorker(layout: DevLayout): StepWorker {
  const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
    workerData: { module: './step-worker-thread.ts', layout },
  });
  const waiting = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on('message', (reply: StepReply) => {
    const call = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.ok) call?.resolve([reply.result, reply.ms] as never);
    else call?.reject(new BuildStepError(reply.error));
  });
  worker.on('error', (error) => failAll(new BuildStepError(`The step worker failed: ${error.message}`)));
  worker.on('exit', () => failAll(new BuildStepError('The step worker stopped.')));
  return {
    run(step, ...[input]) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, step, input });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

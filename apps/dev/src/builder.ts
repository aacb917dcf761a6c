/** The dev loop's side of a build worker: sends it tasks and resolves with their results. */
import { Worker } from 'node:worker_threads';
import type { TaskInputs, TaskName, TaskResults } from './build-tasks.ts';
import type { TaskReply } from './build-worker.ts';
import type { DevLayout } from './layout.ts';

export class BuildTaskError extends Error {
  override name = 'BuildTaskError';
}

export interface Builder {
  /** Resolves with the task's result and the milliseconds it took in the worker. */
  run<K extends TaskName>(
    task: K,
    ...input: TaskInputs[K] extends undefined ? [] : [TaskInputs[K]]
  ): Promise<[TaskResults[K], number]>;
  close(): Promise<void>;
}

export function startBuilder(layout: DevLayout): Builder {
  const worker = new Worker(new URL('./build-worker-entry.mjs', import.meta.url), { workerData: { layout } });
  const waiting = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on('message', (reply: TaskReply) => {
    const call = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.ok) call?.resolve([reply.result, reply.ms] as never);
    else call?.reject(new BuildTaskError(reply.error));
  });
  worker.on('error', (error) => failAll(new BuildTaskError(`The build worker failed: ${error.message}`)));
  worker.on('exit', () => failAll(new BuildTaskError('The build worker stopped.')));
  return {
    run(task, ...[input]) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, task, input });
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}

/** The build worker thread: runs the tasks the dev loop sends, one at a time, and answers each with its result. */
import { parentPort, workerData } from 'node:worker_threads';
import { createBuildTasks, type TaskName } from './build-tasks.ts';
import type { DevLayout } from './layout.ts';

export interface TaskRequest {
  id: number;
  task: TaskName;
  input: unknown;
}

/** `ms` is measured in the worker: the time the task took, not the time its answer waited for the loop's thread. */
export type TaskReply =
  | { id: number; ok: true; result: unknown; ms: number }
  | { id: number; ok: false; error: string };

const port = parentPort;
if (!port) throw new Error('build-worker.ts runs as a worker thread of the dev loop.');
const tasks = createBuildTasks((workerData as { layout: DevLayout }).layout);
let queue = Promise.resolve();

port.on('message', ({ id, task, input }: TaskRequest) => {
  queue = queue.then(async () => {
    let reply: TaskReply;
    const started = performance.now();
    try {
      const result = await (tasks[task] as (input: unknown) => Promise<unknown>)(input);
      reply = { id, ok: true, result, ms: performance.now() - started };
    } catch (error) {
      reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
});

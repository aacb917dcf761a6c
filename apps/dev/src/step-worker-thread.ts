/** Inside a step worker thread: runs the build steps the dev loop sends, one at a time, and answers each with its result. */
import { parentPort, workerData } from 'node:worker_threads';
import { createBuildSteps, type StepName } from './build-steps.ts';
import type { DevLayout } from './layout.ts';

export interface StepRequest {
  id: number;
  step: StepName;
  input: unknown;
}

/** `ms` is measured in the worker: the time the step took, not the time its answer waited for the loop's thread. */
export type StepReply =
  | { id: number; ok: true; result: unknown; ms: number }
  | { id: number; ok: false; error: string };

const port = parentPort;
if (!port) throw new Error('step-worker-thread.ts runs as a worker thread of the dev loop.');
const steps = createBuildSteps((workerData as { layout: DevLayout }).layout);
let queue = Promise.resolve();

port.on('message', ({ id, step, input }: StepRequest) => {
  queue = queue.then(async () => {
    let reply: StepReply;
    const started = performance.now();
    try {
      const result = await (steps[step] as (input: unknown) => Promise<unknown>)(input);
      reply = { id, ok: true, result, ms: performance.now() - started };
    } catch (error) {
      reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
});

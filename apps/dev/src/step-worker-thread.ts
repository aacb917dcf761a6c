/** Inside a step worker thread: runs the build steps the dev loop sends, one at a time, and answers each with its result. */
import { workerData } from 'node:worker_threads';
import { createBuildSteps, type StepName } from './build-steps.ts';
import type { DevLayout } from './layout.ts';
import { answerCalls } from './thread-channel.ts';

export interface StepRequest {
  step: StepName;
  input: unknown;
}

/** `ms` is measured in the worker: the time the step took, not the time its answer waited for the loop's thread. */
export interface StepReply {
  result: unknown;
  ms: number;
}

const steps = createBuildSteps((workerData as { layout: DevLayout }).layout);

answerCalls<StepRequest, StepReply>(async ({ step, input }) => {
  const started = performance.now();
  const result = await (steps[step] as (input: unknown) => Promise<unknown>)(input);
  return { result, ms: performance.now() - started };
});

/** A step worker, from the dev loop's side: a worker thread that runs build steps, sent one by one, with their results. */
import type { StepInputs, StepName, StepResults } from './build-steps.ts';
import type { DevLayout } from './layout.ts';
import type { StepReply, StepRequest } from './step-worker-thread.ts';
import { startThread } from './thread-channel.ts';

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
  const thread = startThread<StepRequest, StepReply>('./step-worker-thread.ts', { layout }, 'The step worker');
  return {
    async run(step, ...[input]) {
      try {
        const { result, ms } = await thread.call({ step, input });
        return [result, ms] as never;
      } catch (error) {
        throw new BuildStepError((error as Error).message);
      }
    },
    close: () => thread.terminate(),
  };
}

/** Timing helpers the benches share: wall time of a step, medians, and the tasks of the last turbo run. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function timed(step: () => unknown): number {
  const started = performance.now();
  step();
  return performance.now() - started;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export interface RunTask {
  id: string;
  cache: 'HIT' | 'MISS';
  /** False for a task turbo runs every time (`cache: false`), such as codegen's freshness check. */
  cacheable: boolean;
  /** From the start of the run's first task. */
  startMs: number;
  durationMs: number;
}

interface RunSummary {
  tasks: {
    taskId: string;
    cache: { status: 'HIT' | 'MISS' };
    resolvedTaskDefinition: { cache: boolean };
    execution: { startTime: number; endTime: number };
  }[];
}

/** The tasks of the newest run summary (`--summarize`) in `dir`, in start order. */
export function lastRunTasks(dir: string): RunTask[] {
  const runsDir = join(dir, '.turbo', 'runs');
  const newest = readdirSync(runsDir)
    .map((name) => join(runsDir, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!newest) throw new Error(`No turbo run summary in ${runsDir}: run turbo with --summarize.`);
  const summary = JSON.parse(readFileSync(newest, 'utf8')) as RunSummary;
  const firstStart = Math.min(...summary.tasks.map((task) => task.execution.startTime));
  return summary.tasks
    .map((task) => ({
      id: task.taskId,
      cache: task.cache.status,
      cacheable: task.resolvedTaskDefinition.cache,
      startMs: task.execution.startTime - firstStart,
      durationMs: task.execution.endTime - task.execution.startTime,
    }))
    .sort((a, b) => a.startMs - b.startMs);
}

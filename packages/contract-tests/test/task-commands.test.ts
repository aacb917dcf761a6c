/**
 * After a spec edit, `pnpm generate` re-runs `spec#build` and every task that waits for it. Each of them runs its
 * command itself (turbo's `command`, `futureFlags.experimentalTaskCommand`) rather than through `pnpm run`, whose
 * start-up (about half a second, more on a loaded machine) every task on the edit's path would add. The command is the
 * package's script of the same name, word for word, so `pnpm --filter <package> <task>` runs the same thing.
 * Turbo's plan is read with `--dry=json`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoDir } from '@error-contract/spec/workspace';
import { expect, it } from 'vitest';
import { turbo } from '../src/turbo.ts';

interface PlannedTask {
  taskId: string;
  task: string;
  directory: string;
  dependencies: string[];
}

const plan = JSON.parse(turbo(['run', 'codegen', 'build', '--dry=json'])) as { tasks: PlannedTask[] };

const readJson = (path: string) => JSON.parse(readFileSync(join(repoDir, path), 'utf8'));
const scriptOf = (task: PlannedTask): string | undefined =>
  readJson(`${task.directory}/package.json`).scripts?.[task.task];

/** `spec#build` and every task that waits for it, directly or not, that has a script to run. */
function editPath(): PlannedTask[] {
  const reached = new Set(['@error-contract/spec#build']);
  for (let grew = true; grew; ) {
    grew = false;
    for (const task of plan.tasks) {
      if (!reached.has(task.taskId) && task.dependencies.some((id) => reached.has(id))) {
        reached.add(task.taskId);
        grew = true;
      }
    }
  }
  return plan.tasks.filter((task) => reached.has(task.taskId) && scriptOf(task) !== undefined);
}

it('runs every task on the path of a spec edit without pnpm, by its package script word for word', () => {
  const tasks = editPath();
  expect(tasks.map((task) => task.taskId).sort()).toEqual([
    '@error-contract/client#build',
    '@error-contract/docs#build',
    '@error-contract/kits#codegen',
    '@error-contract/spec#build',
  ]);
  for (const task of tasks) {
    const command = readJson(`${task.directory}/turbo.json`).tasks?.[task.task]?.command;
    expect(command, task.taskId).toEqual(scriptOf(task)?.split(' '));
  }
});

/** The `package#task` → hash of each task in the plan of a turbo run. */
function hashesOf(args: readonly string[]): Map<string, string> {
  const dry = JSON.parse(turbo(['run', ...args, '--dry=json'])) as { tasks: Array<{ taskId: string; hash: string }> };
  return new Map(dry.tasks.map((task) => [task.taskId, task.hash]));
}

it('has `pnpm test:contract` reuse the builds `pnpm build` made: it passes turbo no arguments to hash', () => {
  // Turbo hashes arguments after `--` into every task of the run, so `turbo run test -- --project contract` rebuilt
  // the whole workspace each time; the project is chosen by a task of its own instead.
  const script: string = readJson('package.json').scripts['test:contract'];
  const [command, run, ...args] = script.split(' ');
  expect([command, run]).toEqual(['turbo', 'run']);
  expect(args).not.toContain('--');
  const contract = hashesOf(args);
  const build = hashesOf(['build']);
  const builds = [...contract.keys()].filter((taskId) => taskId.endsWith('#build'));
  expect(builds).toContain('@error-contract/client#build');
  for (const taskId of builds) expect(contract.get(taskId), taskId).toBe(build.get(taskId));
});

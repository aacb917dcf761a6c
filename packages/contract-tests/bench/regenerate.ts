/**
 * `pnpm bench` in contract-tests: the API team's build loop on a temporary clone, printed against issue 14's targets
 * (and issue 22's 3 s for `pnpm generate` after an edit).
 * - cold build: a fresh clone with an empty turbo cache;
 * - `pnpm generate` after a one-line spec edit (one word of one explanation), then the build right after it;
 * - a fully cached build.
 * Each edit is a new word, so no run can be served from an earlier run's cache.
 */
import { cloneRepository } from '../src/clone.ts';
import { editOneWord } from './support/edit-spec.ts';
import { lastRunTasks, median, type RunTask, seconds, timed } from './support/measure.ts';

const EDITS = 5;

const clone = cloneRepository();
try {
  clone.run('pnpm', ['install', '--frozen-lockfile', '--offline']);
  /** Runs pnpm in the clone and returns its wall time in ms. */
  const pnpm = (...args: string[]) => timed(() => clone.run('pnpm', args));

  const cold = pnpm('build', '--summarize');
  const coldTasks = lastRunTasks(clone.dir);
  const cached = Array.from({ length: 3 }, () => pnpm('build'));

  const edits: number[] = [];
  const afterEdit: number[] = [];
  const uncachedAfterEdit: RunTask[] = [];
  let editTasks = coldTasks;
  for (let edit = 1; edit <= EDITS; edit += 1) {
    editOneWord(clone.dir, `edit${edit}`);
    edits.push(pnpm('generate', '--summarize'));
    editTasks = lastRunTasks(clone.dir);
    afterEdit.push(pnpm('build', '--summarize'));
    uncachedAfterEdit.push(...lastRunTasks(clone.dir).filter((task) => task.cache === 'MISS' && task.cacheable));
  }

  const rows: [string, string, string, boolean][] = [
    ['cold build (fresh clone, empty cache)', '<= 30 s', seconds(cold), cold <= 30_000],
    [
      `pnpm generate after a one-line edit (median of ${EDITS})`,
      '<= 3 s',
      seconds(median(edits)),
      median(edits) <= 3_000,
    ],
    ['pnpm build right after it (median)', '<= 2 s', seconds(median(afterEdit)), median(afterEdit) <= 2_000],
    [
      'tasks re-run by that build',
      'none',
      uncachedAfterEdit.length === 0 ? 'none' : [...new Set(uncachedAfterEdit.map((task) => task.id))].join(', '),
      uncachedAfterEdit.length === 0,
    ],
    ['fully cached pnpm build (median of 3)', '<= 2 s', seconds(median(cached)), median(cached) <= 2_000],
  ];
  console.log('\nThe build loop (issue 14, part 2)\n');
  console.table(rows.map(([measure, target, result, met]) => ({ measure, target, result, met: met ? 'yes' : 'NO' })));
  console.log(`\nEach edit's pnpm generate: ${edits.map(seconds).join(', ')}.`);
  console.log('\nWhere the last edit went (turbo tasks that ran, in start order):');
  console.table(
    editTasks
      .filter((task) => task.cache !== 'HIT')
      .map((task) => ({ task: task.id, 'starts at': seconds(task.startMs), took: seconds(task.durationMs) })),
  );
  console.log('\nThe cold build, by task:');
  console.table(
    coldTasks.map((task) => ({ task: task.id, 'starts at': seconds(task.startMs), took: seconds(task.durationMs) })),
  );
} finally {
  clone.remove();
}

// node --test .ci/*.test.mjs: .ci/run's steps (.ci/steps.sh), run by bash on throwaway commands.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const stepsScript = join(import.meta.dirname, 'steps.sh');

/** Runs `script` in bash with .ci/steps.sh sourced as .ci/run sources it, then prints the timings. */
function runSteps(script) {
  const scratch = mkdtempSync(join(tmpdir(), 'ci-steps-'));
  try {
    const run = spawnSync(
      'bash',
      [
        '-c',
        `set -euo pipefail; export scratch='${scratch}'; source '${stepsScript}'; ${script}; printf '%s\\n' "\${timings[@]}"`,
      ],
      { encoding: 'utf8' },
    );
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

test('prints the output of steps run side by side whole, in the order they started, and times each', () => {
  const { status, stdout } = runSteps(`
    start_step slow bash -c 'echo slow one; sleep 1; echo slow two'
    start_step fast bash -c 'echo fast one; echo fast two'
    wait_steps`);
  assert.equal(status, 0);
  assert.match(stdout, /── slow ──\nslow one\nslow two\n── fast ──\nfast one\nfast two\n/);
  assert.match(
    stdout,
    /\d+s {2}slow \(side by side\)\n +\d+s {2}fast \(side by side\)\n +\d+s {2}the steps side by side, together\n/,
  );
});

test('runs them at the same time: each waits for the other to have started, which one after the other never would', () => {
  const meet = (mine, theirs) =>
    `timeout 10 bash -c 'touch "$scratch/${mine}"; until [ -e "$scratch/${theirs}" ]; do sleep 0.05; done'`;
  const { status, stdout } = runSteps(`
    start_step one ${meet('one', 'two')}
    start_step two ${meet('two', 'one')}
    wait_steps`);
  assert.equal(status, 0, stdout);
});

test('fails once every step has ended when one of them failed, printing every output', () => {
  const { status, stdout, stderr } = runSteps(`
    start_step broken bash -c 'echo before the failure; exit 3'
    start_step later bash -c 'sleep 1; echo later ended'
    wait_steps
    echo not reached`);
  assert.equal(status, 1);
  assert.match(stdout, /── broken ──\nbefore the failure\n── later ──\nlater ended\n/);
  assert.doesNotMatch(stdout, /not reached/);
  assert.match(stderr, /broken failed \(exit 3\)/);
});

test('times a foreground step, and stops the run where one fails', () => {
  assert.match(runSteps('step first true').stdout, /^ +\d+s {2}first\n$/);
  const { status, stdout } = runSteps(`
    step second false
    echo not reached`);
  assert.equal(status, 1);
  assert.doesNotMatch(stdout, /not reached/);
});

// node --test .ci/*.test.mjs: what runs on GitHub passes actionlint (with shellcheck) and zizmor, and the check bites.
// .ci/lint-workflows exits 77 when a linter is missing outside CI: the test is then skipped, saying why.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..');
const script = join(import.meta.dirname, 'lint-workflows');

function lint(copy) {
  const run = spawnSync('bash', [script, ...(copy ? [copy] : [])], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

test('the workflows, the action and the .ci scripts pass actionlint, shellcheck and zizmor', (t) => {
  const { status, output } = lint();
  if (status === 77) return t.skip(output.trim());
  assert.equal(status, 0, output);
});

test('an unpinned action, a checkout that keeps its credentials and an unquoted expansion each fail the check', (t) => {
  const copy = mkdtempSync(join(tmpdir(), 'lint-workflows-'));
  t.after(() => rmSync(copy, { recursive: true, force: true }));
  for (const dir of ['.github', '.ci']) cpSync(join(root, dir), join(copy, dir), { recursive: true });
  const workflow = join(copy, '.github', 'workflows', 'ci.yml');
  const pinned = readFileSync(workflow, 'utf8');
  const broken = pinned
    .replace(/actions\/checkout@[0-9a-f]{40} # v[\d.]+/, 'actions/checkout@v4')
    .replace(/\n {8}with:\n {10}persist-credentials: false/, '')
    .replace('run: bash .ci/test', 'run: bash .ci/test $UNQUOTED');
  assert.notEqual(broken, pinned);
  writeFileSync(workflow, broken);

  const { status, output } = lint(copy);
  if (status === 77) return t.skip(output.trim());
  assert.equal(status, 1, output);
  for (const finding of ['unpinned-uses', 'artipacked', 'SC2086']) assert.match(output, new RegExp(finding));
});

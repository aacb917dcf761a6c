import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { catalogSourceFile } from '@error-contract/spec/workspace';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const repoDir = fileURLToPath(new URL('../../..', import.meta.url));
const identifiersFile = `spec/${catalogSourceFile}`;

const TOO_MANY_REQUESTS = `  TOO_MANY_REQUESTS:
    explanation: Too many requests were sent in a given amount of time.
    retryable: true
    example:
      message: Request was throttled. Expected available in 30 seconds.
`;

function contractDiff(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', tsx, cli, ...args], { cwd, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Drops one identifier's entry (its key line and the indented lines under it) from the catalog. */
function withoutIdentifier(yaml: string, identifier: string): string {
  const lines = yaml.split('\n');
  const start = lines.indexOf(`  ${identifier}:`);
  const end = lines.findIndex((line, index) => index > start && /^ {2}\S/.test(line));
  return [...lines.slice(0, start), ...lines.slice(end === -1 ? lines.length : end)].join('\n');
}

describe('contract-diff on a clone of the repository', () => {
  const dir = mkdtempSync(join(tmpdir(), 'contract-diff-clone-'));
  const clone = join(dir, 'repo');

  beforeAll(() => {
    execFileSync('git', ['clone', '-q', repoDir, clone]);
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: clone });
    // A CI checkout may be a detached HEAD without a local main, and may carry pending changesets: start from
    // a main at HEAD with none, so the gate's verdict depends on this test's edits alone.
    git('checkout', '-q', '-B', 'main');
    const pending = readdirSync(join(clone, '.changeset')).filter(
      (file) => file.endsWith('.md') && file !== 'README.md',
    );
    if (pending.length > 0) {
      git('rm', '-q', ...pending.map((file) => `.changeset/${file}`));
      git('commit', '-q', '-m', 'Start without pending changesets');
    }
    const path = join(clone, identifiersFile);
    writeFileSync(path, `${withoutIdentifier(readFileSync(path, 'utf8'), 'TOKEN_NOT_VALID')}${TOO_MANY_REQUESTS}`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  let printed = '';

  test('an addition and a removal without a changeset fail the gate, against main by default', () => {
    const { status, stdout } = contractDiff(clone);
    expect(stdout).toMatch(/^Contract changes from main \([0-9a-f]{7}\) to the working tree/);
    for (const brand of ['idenfy', 'markid']) {
      expect(stdout).toContain(`${brand}\n  breaking  identifier removed`);
    }
    expect(stdout).toMatch(/breaking {2}identifier added +TOO_MANY_REQUESTS — exhaustive handlers need a new case/);
    expect(stdout).toContain(
      '- **Breaking:** Error identifier `TOKEN_NOT_VALID` removed (idenfy, markid). Remove its case from your handlers.',
    );
    expect(stdout).toContain(
      '- **Breaking:** New error identifier `TOO_MANY_REQUESTS` (idenfy, markid): Too many requests were sent in a given amount of time. Retryable: the clients retry it on read operations. Exhaustive handlers need a case for it.',
    );
    expect(stdout).toContain("'@error-contract/client': major");
    expect(stdout).toMatch(/FAIL: breaking changes need a pending changeset/);
    expect(status).toBe(1);
    printed = stdout.slice(stdout.indexOf('---\n'), stdout.lastIndexOf('\n\nFAIL'));
  });

  test('a pending major changeset for other work does not pass them', () => {
    writeFileSync(
      join(clone, '.changeset', 'other-work.md'),
      "---\n'@error-contract/client': major\n---\n\nOther work.\n",
    );
    const { status, stdout } = contractDiff(clone, 'main');
    expect(stdout).toContain('2 of their changelog lines are in no pending changeset with a large enough bump');
    expect(status).toBe(1);
  });

  test('the changeset the gate printed passes them', () => {
    writeFileSync(join(clone, '.changeset', 'drop-token-not-valid.md'), `${printed}\n`);
    const { status, stdout } = contractDiff(clone, 'main');
    expect(stdout).toContain(
      'OK: the changes call for a major bump of @error-contract/client; named by .changeset/drop-token-not-valid.md (major).',
    );
    expect(status).toBe(0);
  });

  test('the work tree of the clone is left as it was', () => {
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: clone, encoding: 'utf8' });
    expect(status.split('\n').filter(Boolean).sort()).toEqual([
      ` M ${identifiersFile}`,
      '?? .changeset/drop-token-not-valid.md',
      '?? .changeset/other-work.md',
    ]);
  });

  test('an unknown base ref is a usage error', () => {
    const { status, stderr } = contractDiff(clone, 'no-such-ref');
    expect(stderr).toContain('Unknown git ref "no-such-ref"');
    expect(status).toBe(2);
  });
});

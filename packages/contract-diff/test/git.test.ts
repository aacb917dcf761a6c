import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { commitOf, defaultBase, materialiseSpec } from '../src/git.ts';
import { tempDir } from './support/temp-dir.ts';

/** A tiny repository on `main` with a redocly.yaml and one spec file committed. */
function repository(): { dir: string; git: (...args: string[]) => string } {
  const dir = tempDir();
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
      cwd: dir,
      encoding: 'utf8',
    }).trim();
  git('init', '-q', '-b', 'main');
  mkdirSync(join(dir, 'spec'));
  writeFileSync(join(dir, 'redocly.yaml'), 'apis: {}\n');
  writeFileSync(join(dir, 'spec', 'openapi.yaml'), 'version: 1\n');
  writeFileSync(join(dir, 'README.md'), 'not part of the spec\n');
  git('add', '.');
  git('commit', '-q', '-m', 'first');
  return { dir, git };
}

describe('the base ref', () => {
  test('without a release tag the base is main', () => {
    expect(defaultBase(repository().dir)).toBe('main');
  });

  test('the last release tag of the client is the base', () => {
    const { dir, git } = repository();
    git('tag', '@error-contract/client@1.0.0');
    git('commit', '-q', '--allow-empty', '-m', 'second');
    git('tag', '@error-contract/client@1.1.0');
    git('commit', '-q', '--allow-empty', '-m', 'third');
    git('tag', 'unrelated');
    expect(defaultBase(dir)).toBe('@error-contract/client@1.1.0');
  });

  test('an unknown ref is an error that says how to fetch it', () => {
    expect(() => commitOf('origin/main', repository().dir)).toThrow(/Unknown git ref "origin\/main"/);
  });
});

describe('the spec at a ref', () => {
  test('is written from the commit, not the work tree, which stays untouched', () => {
    const { dir, git } = repository();
    writeFileSync(join(dir, 'spec', 'openapi.yaml'), 'version: 2\n');
    const into = join(tempDir(), 'base');
    materialiseSpec('main', dir, into);
    expect(readFileSync(join(into, 'spec', 'openapi.yaml'), 'utf8')).toBe('version: 1\n');
    expect(existsSync(join(into, 'redocly.yaml'))).toBe(true);
    expect(existsSync(join(into, 'README.md'))).toBe(false);
    expect(git('status', '--porcelain')).toBe('M spec/openapi.yaml');
  });
});

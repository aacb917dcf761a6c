/**
 * The changelog page from release tags, on a fixture repository: the spec as it is, tagged 1.0.0, then one
 * identifier reworded, one added (iDenfy only) and one removed, tagged 1.1.0.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { catalogSourceFile } from '@error-contract/spec/workspace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../src/build-site.ts';
import { brandHistory, changelogMarkdown, identifierEvents, loadReleases, type Release } from '../src/changelog.ts';
import { appDir, changelogRoute, markdownTwinRoute } from '../src/site-layout.ts';

const repoRoot = join(appDir, '..', '..');
const IDENTIFIERS_FILE = `spec/${catalogSourceFile}`;
const ADDED = `  TOO_MANY_REQUESTS:
    explanation: Too many requests were sent in a given amount of time.
    brands: [idenfy]
    retryable: true
    causes:
      default: More requests in the last hour than the account's hourly limit.
    fix: Wait until the hour is over.
    example:
      message: Rate limit exceeded.
`;

function git(args: string[], cwd: string): string {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

/** A repository holding the spec and redocly.yaml as they are in the work tree. */
function fixtureRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'docs-changelog-'));
  for (const path of git(['ls-files', 'redocly.yaml', 'spec'], repoRoot).split('\n').filter(Boolean)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    cpSync(join(repoRoot, path), join(dir, path));
  }
  git(['init', '-q', '-b', 'main'], dir);
  for (const [key, value] of [
    ['user.name', 'Fixture'],
    ['user.email', 'fixture@example.test'],
    ['commit.gpgsign', 'false'],
    ['tag.gpgsign', 'false'],
  ]) {
    git(['config', key ?? '', value ?? ''], dir);
  }
  git(['add', '-A'], dir);
  git(['commit', '-q', '-m', 'The contract'], dir);
  return dir;
}

function release(dir: string, version: string): void {
  git(['add', '-A'], dir);
  git(['commit', '-q', '--allow-empty', '-m', `Release ${version}`], dir);
  git(['tag', `@error-contract/client@${version}`], dir);
}

let repo: string;
let releases: Release[];

beforeAll(async () => {
  repo = fixtureRepository();
  release(repo, '1.0.0');
  const path = join(repo, IDENTIFIERS_FILE);
  let catalog = readFileSync(path, 'utf8');
  catalog = catalog.replace(
    'explanation: Supplied value is not valid.',
    'explanation: The supplied value is not valid.',
  );
  catalog = catalog.replace(/\n {2}METHOD_NOT_ALLOWED:\n(?: {4}.*\n| {6}.*\n)+/, '\n');
  catalog = `${catalog.trimEnd()}\n${ADDED}`;
  writeFileSync(path, catalog);
  release(repo, '1.1.0');
  releases = await loadReleases(repo);
}, 120_000);

afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

describe('a repository with two release tags', () => {
  it('builds each release, oldest first', () => {
    expect(releases.map((entry) => [entry.version, [...entry.bundles.keys()]])).toEqual([
      ['1.0.0', ['idenfy', 'markid']],
      ['1.1.0', ['idenfy', 'markid']],
    ]);
  });

  it("lists each release's changes by severity, newest first", () => {
    const history = brandHistory('idenfy', releases);
    expect(history.map((entry) => entry.version)).toEqual(['1.1.0', '1.0.0']);
    expect(history[0]?.changes.map((change) => [change.kind, change.subject]).sort()).toEqual(
      [
        ['explanation-changed', 'BAD_VALUE'],
        ['identifier-added', 'TOO_MANY_REQUESTS'],
        ['identifier-removed', 'METHOD_NOT_ALLOWED'],
      ].sort(),
    );
    const page = changelogMarkdown('Changelog', history);
    const latest = page.slice(page.indexOf('## 1.1.0'), page.indexOf('## 1.0.0'));
    // An added identifier is breaking (exhaustive handlers stop compiling), so this release has no minor change.
    expect(latest.indexOf('### Breaking')).toBeGreaterThan(-1);
    expect(latest.indexOf('### Breaking')).toBeLessThan(latest.indexOf('### Patch'));
    expect(latest).not.toContain('### Minor');
    expect(latest).toContain('**Breaking:** Error identifier `METHOD_NOT_ALLOWED` removed (idenfy)');
    expect(latest).toContain('New error identifier `TOO_MANY_REQUESTS` (idenfy)');
    expect(latest).toContain('Reworded the explanation of `BAD_VALUE` (idenfy): The supplied value is not valid.');
  });

  it('says when each identifier was added, reworded or removed, per brand', () => {
    const events = (brand: string) =>
      Object.fromEntries(
        [...identifierEvents(brandHistory(brand, releases))].map(([identifier, list]) => [
          identifier,
          list.map((event) => `${event.what} in ${event.version}`),
        ]),
      );
    expect(events('idenfy')).toMatchObject({
      BAD_VALUE: ['added in 1.0.0', 'reworded in 1.1.0'],
      METHOD_NOT_ALLOWED: ['added in 1.0.0', 'removed in 1.1.0'],
      TOO_MANY_REQUESTS: ['added in 1.1.0'],
      TOKEN_NOT_VALID: ['added in 1.0.0'],
    });
    expect(events('markid')).not.toHaveProperty('TOO_MANY_REQUESTS');
    expect(events('markid')).toMatchObject({ PERMISSIONS_ERROR: ['added in 1.0.0'] });
    expect(changelogMarkdown('Changelog', brandHistory('idenfy', releases))).toContain(
      '- `METHOD_NOT_ALLOWED`: added in 1.0.0; removed in 1.1.0',
    );
  });

  it("writes each brand's changelog page and its Markdown twin when the site is built", async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'docs-site-'));
    try {
      await buildSite({ outDir, repoDir: repo });
      const html = readFileSync(join(outDir, changelogRoute('idenfy')), 'utf8');
      expect(html).toContain('<h2 id="v1-1-0">1.1.0</h2>');
      expect(html).toContain('<h3>Breaking</h3>');
      expect(readFileSync(join(outDir, markdownTwinRoute(changelogRoute('markid'))), 'utf8')).toContain('## 1.0.0');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

it('says there is no release yet where the repository has no release tag', async () => {
  const dir = fixtureRepository();
  try {
    expect(await loadReleases(dir)).toEqual([]);
    expect(changelogMarkdown('Changelog', brandHistory('idenfy', []))).toContain(
      'No release of the contract has been tagged yet',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * The API team's everyday change, on a temporary clone of the repository: add an identifier that the real API
 * introduced later (TOO_MANY_REQUESTS) to one brand, run the one command, and check that every artefact has it (its
 * test doubles in four languages too), that only the affected turbo tasks re-ran, that a second run changes nothing,
 * and that the contract tests pass.
 * The identifier needs new behaviour, a rate limit, which the sandbox has no code for until it is in a catalog: the
 * clone gets it from a committed patch, as the change introducing the identifier would bring it.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogOf } from '@error-contract/spec/catalog';
import { matrixOf } from '@error-contract/spec/reproductions';
import { catalogSourceFile, loadBundle } from '@error-contract/spec/workspace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Clone, cloneRepository, seedTurboCache, turboTasks as tasks } from '../../src/clone.ts';

/** The sandbox's trigger for the identifier: the rate limit and a seeded partner limited to 2 requests an hour. */
const sandboxTriggerPatch = fileURLToPath(new URL('../../fixtures/rate-limit.patch', import.meta.url));
const IDENTIFIER = 'TOO_MANY_REQUESTS';
const NEW_ENTRY = `  ${IDENTIFIER}:
    explanation: Too many requests were sent in a given amount of time.
    brands: [idenfy]
    retryable: true
    causes:
      default: More requests in the last hour than your account's hourly limit.
    fix: Wait until the hour is over, or spread your requests out.
    example:
      message: Rate limit of 10000 requests per hour exceeded.
    reproductions:
      $ref: ../../reproductions/${IDENTIFIER}.yaml
`;

/** How it is reproduced: the declaration every identifier needs (spec/reproductions), or lint and tests fail. */
const REPRODUCTION = `- summary: A request past the partner's hourly request limit.
  role: partnerRateLimited
  before:
    - summary: Spend the 2 requests an hour the sandbox seeds this partner with.
      operation: getVerificationStatus
      role: partnerRateLimited
    - summary: The second of them.
      operation: getVerificationStatus
      role: partnerRateLimited
`;

let clone: Clone;
let firstRun: string;
const run = (command: string, args: string[]) => clone.run(command, args);
const read = (path: string) => clone.read(path);

beforeAll(() => {
  clone = cloneRepository();
  run('pnpm', ['install', '--frozen-lockfile', '--offline']);
  // The sandbox code lands before the baseline build, so the spec edit's re-runs below are measured on their own.
  run('git', ['apply', sandboxTriggerPatch]);
  // Restores what the patch leaves alone (the spec's and contract-diff's builds); what depends on the sandbox builds.
  seedTurboCache(clone, 'generate');
  run('pnpm', ['generate']);
  appendFileSync(join(clone.dir, 'spec', catalogSourceFile), NEW_ENTRY);
  writeFileSync(join(clone.dir, `spec/reproductions/${IDENTIFIER}.yaml`), REPRODUCTION);
  firstRun = run('pnpm', ['generate']);
});

afterAll(() => {
  clone?.remove();
});

describe(`adding ${IDENTIFIER} to iDenfy and running pnpm generate`, () => {
  it('re-runs only the tasks that read the bundles, and regenerates the committed files', () => {
    // contract-verify loads the client's masker only to run: its build, and the docs build that loads it, wait for no client.
    expect(tasks(firstRun, 'miss')).toEqual([
      '@error-contract/client#build',
      '@error-contract/docs#build',
      '@error-contract/spec#build',
    ]);
    expect(tasks(firstRun, 'hit')).toEqual(
      expect.arrayContaining([
        '@error-contract/contract-verify#build',
        '@error-contract/sandbox#build',
        '@error-contract/spec#compile',
      ]),
    );
    expect(firstRun).toMatch(/codegen: Generated \d+ files/);
  });

  it("puts it in iDenfy's bundle and page, and not in Mark ID's", () => {
    const identifiersOf = (brand: string) =>
      catalogOf(loadBundle(brand, join(clone.dir, 'spec/dist'))).map((entry) => entry.identifier);
    expect(identifiersOf('idenfy')).toContain(IDENTIFIER);
    expect(identifiersOf('markid')).not.toContain(IDENTIFIER);
    expect(read('spec/dist/idenfy/standard-api-errors.md')).toMatch(
      /\|<a id="TOO_MANY_REQUESTS"><\/a>\[`TOO_MANY_REQUESTS`\]\(https:\/\/docs\.ivs\.idenfy\.com\/idenfy\/handbook\.html#TOO_MANY_REQUESTS\) +\|Too many requests were sent in a given amount of time\. +\|/,
    );
    expect(read('spec/dist/markid/standard-api-errors.md')).not.toContain(IDENTIFIER);
  });

  it("puts it in iDenfy's client union, runtime list and catalog", async () => {
    expect(read('packages/client/src/generated/idenfy/openapi.ts')).toContain(`"${IDENTIFIER}"`);
    expect(read('packages/client/src/generated/markid/openapi.ts')).not.toContain(IDENTIFIER);
    const idenfy = await import(join(clone.dir, 'packages/client/dist/generated/idenfy/index.js'));
    expect(idenfy.idenfyErrorIdentifiers).toContain(IDENTIFIER);
    expect(idenfy.idenfyErrorCatalog[IDENTIFIER]).toMatchObject({ retryable: true, docsAnchor: IDENTIFIER });
    expect(idenfy.idenfyErrorCatalog[IDENTIFIER].docsUrl).toMatch(new RegExp(`/idenfy/handbook\\.html#${IDENTIFIER}$`));
  });

  it("puts it in iDenfy's PHP, Python and Go kits, and not in Mark ID's", () => {
    const kitFiles = {
      idenfy: [
        ['packages/kits/php/src/Idenfy/ErrorIdentifier.php', `case ${IDENTIFIER} = '${IDENTIFIER}';`],
        ['packages/kits/python/src/error_contract/idenfy.py', `    ${IDENTIFIER} = "${IDENTIFIER}"`],
        ['packages/kits/go/idenfy/catalog.go', `TooManyRequests ErrorIdentifier = "${IDENTIFIER}"`],
      ],
      markid: [
        ['packages/kits/php/src/Markid/ErrorIdentifier.php'],
        ['packages/kits/python/src/error_contract/markid.py'],
        ['packages/kits/go/markid/catalog.go'],
      ],
    };
    for (const [path = '', declaration = ''] of kitFiles.idenfy) {
      expect(read(path), path).toContain(declaration);
      expect(read(path), path).toContain(`https://docs.ivs.idenfy.com/idenfy/handbook.html#${IDENTIFIER}`);
    }
    for (const [path = ''] of kitFiles.markid) expect(read(path), path).not.toContain(IDENTIFIER);
  });

  it("gives it test doubles in iDenfy's client and kits, for every operation that can return it, and not in Mark ID's", async () => {
    const operations = matrixOf(loadBundle('idenfy', join(clone.dir, 'spec/dist')))
      .cells.filter((cell) => cell.identifier === IDENTIFIER)
      .map((cell) => cell.operationId);
    expect(operations.length).toBeGreaterThan(0);
    const testing = (brand: string) => import(join(clone.dir, `packages/client/dist/generated/${brand}/testing.js`));
    const { replies } = await testing('idenfy');
    const count = (path: string, text: string) => read(path).split(text).length - 1;
    for (const operation of operations) {
      expect(JSON.parse(replies[operation][IDENTIFIER]().body)).toMatchObject({ identifier: IDENTIFIER });
      expect(read('packages/kits/go/idenfy/doubles.go')).toContain(`func (${operation}Doubles) TooManyRequests()`);
      expect(read('packages/kits/php/src/Idenfy/Doubles.php')).toContain(`public static function ${operation}(`);
    }
    expect(count('packages/kits/python/src/error_contract/idenfy.py', `ErrorIdentifier.${IDENTIFIER}: "{`)).toBe(
      operations.length,
    );
    expect(count('packages/kits/php/src/Idenfy/Doubles.php', `'${IDENTIFIER}' => '{`)).toBe(operations.length);
    const corpusDoubles = JSON.parse(read('packages/kits/corpus/generated/idenfy.json')).doubles.filter(
      (double: { identifier: string }) => double.identifier === IDENTIFIER,
    );
    expect(corpusDoubles.map((double: { operation: string }) => double.operation)).toEqual(operations);

    const markid = await testing('markid');
    for (const byIdentifier of Object.values(markid.replies)) expect(byIdentifier).not.toHaveProperty(IDENTIFIER);
    for (const path of [
      'packages/kits/go/markid/doubles.go',
      'packages/kits/php/src/Markid/Doubles.php',
      'packages/kits/python/src/error_contract/markid.py',
    ]) {
      expect(read(path), path).not.toContain(IDENTIFIER);
    }
  });

  it('makes the shared corpus expect it from iDenfy, and an unknown identifier from Mark ID', () => {
    const caseNamed = (brand: string, name: string) =>
      JSON.parse(read(`packages/kits/corpus/generated/${brand}.json`)).cases.find(
        (entry: { name: string }) => entry.name === name,
      );
    expect(caseNamed('idenfy', `${IDENTIFIER}: the spec's example`)?.want).toMatchObject({
      kind: 'api-error',
      identifier: IDENTIFIER,
      retryable: true,
    });
    expect(caseNamed('idenfy', `${IDENTIFIER} with status 429`)?.want.kind).toBe('api-error');
    expect(caseNamed('markid', `${IDENTIFIER}: another brand's identifier`)?.want.kind).toBe('unknown-api-error');
    expect(caseNamed('markid', `${IDENTIFIER} with status 429`)?.want.kind).toBe('unknown-api-error');
  });

  it("puts it in iDenfy's docs: the errors page anchor, the handbook entry and the reference", () => {
    expect(read('apps/docs/dist/site/idenfy/errors.html')).toContain(
      `<a id="${IDENTIFIER}"></a><a href="../idenfy/handbook.html#${IDENTIFIER}"><code>${IDENTIFIER}</code></a>`,
    );
    expect(read('apps/docs/dist/site/idenfy/handbook.html')).toContain(`<h2 id="${IDENTIFIER}">${IDENTIFIER}</h2>`);
    expect(read('apps/docs/dist/site/idenfy/reference.html')).toContain(IDENTIFIER);
    expect(read('apps/docs/dist/site/markid/errors.html')).not.toContain(IDENTIFIER);
  });

  it('changes nothing when run a second time, and every task of that run is cached', () => {
    const before = run('git', ['status', '--porcelain']);
    const secondRun = run('pnpm', ['generate']);
    expect(run('git', ['status', '--porcelain'])).toBe(before);
    expect(before).toContain('packages/client/src/generated/idenfy/');
    expect(before).toContain('packages/kits/');
    expect(before).toContain('packages/kits/corpus/generated/');
    expect(tasks(secondRun, 'miss')).toEqual([]);
    expect(tasks(secondRun, 'hit')).toContain('@error-contract/client#build');
    expect(secondRun).toMatch(/codegen: Generated files are current/);
  });

  it('writes the same bytes when everything is built again from scratch', () => {
    const outputs = ['spec/dist', 'packages/client/src/generated', 'packages/client/dist', 'apps/docs/dist/site'];
    const fingerprint = () => run('sh', ['-c', `find ${outputs.join(' ')} -type f | LC_ALL=C sort | xargs sha256sum`]);
    const incremental = fingerprint();
    run('rm', ['-rf', ...outputs, 'node_modules/.cache/error-contract-codegen']);
    run('pnpm', ['turbo', 'run', 'build', '--force']);
    expect(fingerprint()).toBe(incremental);
  });

  it('passes the contract tests', () => {
    const output = run('pnpm', ['test:contract']);
    expect(output).toMatch(/Tasks:\s+\d+ successful/);
  });
});

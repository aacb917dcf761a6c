/**
 * A third brand, on a temporary clone: a white-label reseller of Mark ID ("VerifyCo", id `verifyco`). The API team
 * declares it where a brand is declared (a server with `x-brand` and `x-brand-name`, and its API in redocly.yaml),
 * gives it its own wording wherever the spec words the brands differently (here: Mark ID's texts, rebranded, and
 * one explanation of its own), runs the one command, and gets its bundle, page, client entry point, docs folder and
 * sandbox prefix, with the contract tests passing and no hand-written file edited.
 */
import { join } from 'node:path';
import { catalogOf } from '@error-contract/spec/catalog';
import { addBrandLike } from '@error-contract/spec/test/add-brand';
import { catalogSourceFile, loadBundle } from '@error-contract/spec/workspace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Clone, cloneRepository, seedTurboCache } from '../../src/clone.ts';

const BASE = { id: 'markid', name: 'Mark ID' };
const BRAND = { id: 'verifyco', name: 'VerifyCo' };
const OWN_WORDING = 'VerifyCo session token is not valid or expired.';

let clone: Clone;
let editedFiles: string[];

beforeAll(() => {
  clone = cloneRepository();
  clone.run('pnpm', ['install', '--frozen-lockfile', '--offline']);
  // The baseline is the committed tree, which the repository has most likely built already: restored, not rebuilt.
  seedTurboCache(clone, 'generate');
  clone.run('pnpm', ['generate']);
  // The declaration and its wording: Mark ID's texts, rebranded, in every brand map and override.
  addBrandLike(clone.dir, BASE, BRAND);
  clone.editYaml(`spec/${catalogSourceFile}`, (document) => {
    document.setIn(['x-error-catalog', 'TOKEN_NOT_VALID', 'explanation', BRAND.id], OWN_WORDING);
  });
  editedFiles = clone.changedFiles();
  clone.run('pnpm', ['generate']);
});

afterAll(() => {
  clone?.remove();
});

describe(`adding a third brand, ${BRAND.name}, and running pnpm generate`, () => {
  it('was declared by editing only the spec and redocly.yaml', () => {
    expect(editedFiles.filter((path) => !path.startsWith('spec/') && path !== 'redocly.yaml')).toEqual([]);
    expect(editedFiles).toContain('spec/openapi.yaml');
  });

  it('changed no hand-written file outside the spec: everything else it changed is generated', () => {
    // Generated files say so in their first lines; JSON cannot, so it lives under a generated/ folder, except the
    // client's package.json, whose exports map the client's generator writes; nor can a LICENSE, which is the
    // repository's, copied into the brand's Go module.
    const isGenerated = (path: string) =>
      path === 'packages/client/package.json' ||
      path.split('/').includes('generated') ||
      (path.endsWith('/LICENSE') && clone.read(path) === clone.read('LICENSE')) ||
      clone.read(path).split('\n').slice(0, 3).join('\n').includes('Do not edit: run `pnpm generate`');
    const changedOutsideSpec = clone.changedFiles().filter((path) => !editedFiles.includes(path) && !isGenerated(path));
    expect(changedOutsideSpec).toEqual([]);
    expect(clone.changedFiles()).toEqual(
      expect.arrayContaining([`packages/client/src/generated/${BRAND.id}/index.ts`, 'packages/client/package.json']),
    );
  });

  it('builds its bundle and its "Standard API errors" page, with its own wording', () => {
    const bundle = loadBundle(BRAND.id, join(clone.dir, 'spec/dist'));
    expect(bundle.info.title).toBe(`${BRAND.name} IVS Core API`);
    expect(bundle.servers).toEqual([expect.objectContaining({ 'x-brand': BRAND.id, 'x-brand-name': BRAND.name })]);
    expect(catalogOf(bundle).map((entry) => entry.identifier)).toContain('PERMISSIONS_ERROR');
    expect(clone.read(`spec/dist/${BRAND.id}/standard-api-errors.md`)).toContain(OWN_WORDING);
    expect(clone.read(`spec/dist/${BASE.id}/standard-api-errors.md`)).not.toContain(OWN_WORDING);
  });

  it('gets a client entry point of its own', async () => {
    const packageJson = JSON.parse(clone.read('packages/client/package.json'));
    expect(Object.keys(packageJson.exports)).toContain(`./${BRAND.id}`);
    const entry = await import(join(clone.dir, 'packages/client', packageJson.exports[`./${BRAND.id}`].default));
    expect(typeof entry.createVerifycoClient).toBe('function');
    expect(entry.verifycoErrorCatalog.TOKEN_NOT_VALID.explanation).toBe(OWN_WORDING);
  });

  it('gets its PHP, Python and Go kits and its share of the corpus', () => {
    expect(clone.read('packages/kits/php/src/Verifyco/ErrorIdentifier.php')).toContain(OWN_WORDING);
    expect(clone.read(`packages/kits/python/src/error_contract/${BRAND.id}.py`)).toContain(OWN_WORDING);
    expect(clone.read(`packages/kits/go/${BRAND.id}/catalog.go`)).toContain(OWN_WORDING);
    expect(JSON.parse(clone.read(`packages/kits/corpus/generated/${BRAND.id}.json`)).brand).toBe(BRAND.id);
  });

  it('gets a docs folder with its errors page and reference', () => {
    expect(clone.read(`apps/docs/dist/site/${BRAND.id}/errors.html`)).toContain(OWN_WORDING);
    expect(clone.read(`apps/docs/dist/site/${BRAND.id}/reference.html`)).toContain(`${BRAND.name} IVS Core API`);
  });

  it('is served by the sandbox under its own prefix', async () => {
    const { startSandbox } = await import(join(clone.dir, 'apps/sandbox/dist/server.js'));
    const sandbox = await startSandbox({ port: 0 });
    try {
      const response = await fetch(`${sandbox.brandUrl(BRAND.id)}/api/v2/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ identifier: 'UNAUTHORIZED' });
    } finally {
      await sandbox.close();
    }
  });

  it('passes the contract tests, which now cover three brands', () => {
    const output = clone.run('pnpm', ['test:contract']);
    expect(output).toMatch(/Tasks:\s+\d+ successful/);
    const report = JSON.parse(clone.read('packages/contract-tests/test-results/vitest.json'));
    const testsOfBrand = report.testResults
      .flatMap((file: { assertionResults: Array<{ fullName: string; status: string }> }) => file.assertionResults)
      .filter((test: { fullName: string }) => test.fullName.includes(BRAND.id));
    expect(testsOfBrand.length).toBeGreaterThan(0);
    expect(testsOfBrand.filter((test: { status: string }) => test.status === 'failed')).toEqual([]);
  });
});

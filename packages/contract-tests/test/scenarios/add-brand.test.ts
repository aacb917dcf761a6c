/**
 * A third brand, on a temporary clone: a white-label reseller of Mark ID ("VerifyCo", id `verifyco`). The API team
 * declares it where a brand is declared (a server with `x-brand` and `x-brand-name`, and its API in redocly.yaml),
 * gives it its own wording wherever the spec words the brands differently (here: Mark ID's texts, rebranded, and
 * one explanation of its own), runs the one command, and gets its bundle, page, client entry point, docs folder and
 * sandbox prefix, with the contract tests passing and no hand-written file edited.
 */
import { join } from 'node:path';
import { catalogOf } from '@error-contract/spec/catalog';
import { loadBundle } from '@error-contract/spec/workspace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, type Node, visit } from 'yaml';
import { type Clone, cloneRepository } from '../../src/clone.ts';

const BASE = { id: 'markid', name: 'Mark ID' };
const BRAND = { id: 'verifyco', name: 'VerifyCo' };
const OWN_WORDING = 'VerifyCo session token is not valid or expired.';

/** What the spec's author writes for the reseller: Mark ID's text with the brand's name and id in its place. */
const rebrand = (text: string) => text.replaceAll(BASE.name, BRAND.name).replaceAll(BASE.id, BRAND.id);

/** Deep copy of a YAML node, every string rebranded. */
function rebrandedCopy(node: Node): Node {
  const copy = node.clone() as Node;
  visit(copy, {
    Scalar(_, scalar) {
      if (typeof scalar.value === 'string') scalar.value = rebrand(scalar.value);
    },
  });
  return copy;
}

/** The spec's YAML sources (not its build output). */
const specSources = (clone: Clone) =>
  clone
    .run('git', ['ls-files', 'spec/*.yaml', 'spec/**/*.yaml'])
    .split('\n')
    .filter((path) => path.endsWith('.yaml'));

let clone: Clone;
let editedFiles: string[];

beforeAll(() => {
  clone = cloneRepository();
  clone.run('pnpm', ['install', '--frozen-lockfile', '--offline']);
  clone.run('pnpm', ['generate']);
  const brandIds = ['idenfy', BASE.id];

  // The declaration: a server of its own, and its API.
  clone.editYaml('spec/openapi.yaml', (document) => {
    const servers = document.get('servers');
    if (!isSeq(servers)) throw new Error('spec/openapi.yaml has no servers');
    const base = servers.items.find((server) => isMap(server) && server.get('x-brand') === BASE.id);
    servers.items.push(rebrandedCopy(base as Node));
  });
  clone.editYaml('redocly.yaml', (document) => {
    document.setIn(['apis', BRAND.id], rebrandedCopy(document.getIn(['apis', BASE.id], true) as Node));
  });

  // Its wording: every brand map and override gets the reseller's text next to Mark ID's, and the reseller has
  // every identifier Mark ID has.
  for (const path of specSources(clone)) {
    clone.editYaml(path, (document) => {
      visit(document, {
        Map(_, map) {
          const keys = map.items.map((pair) => (isScalar(pair.key) ? pair.key.value : undefined));
          if (keys.includes(BASE.id) && keys.every((key) => brandIds.includes(String(key)))) {
            map.set(BRAND.id, rebrandedCopy(map.get(BASE.id, true) as Node));
          }
        },
        Pair(_, pair) {
          const list = pair.value;
          if (
            isScalar(pair.key) &&
            pair.key.value === 'brands' &&
            isSeq(list) &&
            list.items.some((item) => isScalar(item) && item.value === BASE.id)
          ) {
            list.add(BRAND.id);
          }
        },
      });
    });
  }
  clone.editYaml('spec/components/schemas/ErrorIdentifier.yaml', (document) => {
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
    // client's package.json, whose exports map the client's generator writes.
    const isGenerated = (path: string) =>
      path === 'packages/client/package.json' ||
      path.split('/').includes('generated') ||
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
    expect(clone.read(`packages/kits/go/${BRAND.id}/${BRAND.id}.go`)).toContain(OWN_WORDING);
    expect(JSON.parse(clone.read(`packages/kit-corpus/generated/${BRAND.id}.json`)).brand).toBe(BRAND.id);
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

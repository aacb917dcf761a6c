import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { contactOf, nameApiTeamPackages, nameBrand, productSlug } from '../src/brand-view.ts';
import {
  brandById,
  brandMarks,
  declaredBrands,
  goModulePath,
  loadBundle,
  publishedBrands,
  repository,
} from '../src/workspace.ts';

/** A temporary spec folder whose entry, `openapi.yaml`, holds `document`; removed after the suite that asks for it. */
function temporarySpec(document: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'error-contract-brands-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'openapi.yaml'), stringify(document));
  return dir;
}

describe('the naming rule', () => {
  const cases: Array<[name: string, { given: { id: string; name: string }; want: Record<string, string> }]> = [
    [
      'a one-word name with inner capitals',
      {
        given: { id: 'idenfy', name: 'iDenfy' },
        want: {
          title: 'iDenfy IVS Core API',
          clientModule: '@error-contract/client/idenfy',
          clientFactory: 'createIdenfyClient',
        },
      },
    ],
    [
      'a two-word name with an abbreviation',
      {
        given: { id: 'markid', name: 'Mark ID' },
        want: {
          title: 'Mark ID IVS Core API',
          clientModule: '@error-contract/client/markid',
          clientFactory: 'createMarkIdClient',
        },
      },
    ],
    [
      'a name with punctuation and digits',
      {
        given: { id: 'acme2', name: 'Acme-Bank 2' },
        want: {
          title: 'Acme-Bank 2 IVS Core API',
          clientModule: '@error-contract/client/acme2',
          clientFactory: 'createAcmeBank2Client',
        },
      },
    ],
  ];

  it.each(cases)('names %s', (_name, { given, want }) => {
    expect(nameBrand({ ...given, serverUrl: 'https://api.example' }, 'IVS Core API')).toMatchObject(want);
  });

  const invalid: Array<[name: string, { given: Record<string, unknown>; want: string }]> = [
    ['a server without x-brand-name', { given: { id: 'acme' }, want: 'x-brand-name must be the brand' }],
    ['an empty x-brand-name', { given: { id: 'acme', name: ' ' }, want: 'x-brand-name must be the brand' }],
    [
      'an x-brand that is no lower-case id',
      { given: { id: 'Acme Bank', name: 'Acme' }, want: 'x-brand must be a lower-case id' },
    ],
  ];

  it.each(invalid)('rejects %s with a message naming the server', (_name, { given, want }) => {
    expect(() => nameBrand({ serverUrl: 'https://api.example', ...given } as never, 'IVS Core API')).toThrow(
      `server "https://api.example"`,
    );
    expect(() => nameBrand({ serverUrl: 'https://api.example', ...given } as never, 'IVS Core API')).toThrow(want);
  });
});

describe('the names of the deliveries', () => {
  it("put each brand's packages in a namespace of its own, after the product", () => {
    expect(
      nameBrand({ id: 'markid', name: 'Mark ID', serverUrl: 'https://api.example' }, 'IVS Core API').packages,
    ).toEqual({
      npmScope: '@markid',
      client: '@markid/ivs-core-client',
      sandbox: '@markid/ivs-core-sandbox',
      sandboxCommand: 'markid-ivs-core-sandbox',
      python: 'markid-ivs-core-errors',
      composer: 'markid/ivs-core-errors',
    });
  });

  it("put the API team's tools under the product's scope, naming no brand", () => {
    expect(nameApiTeamPackages('IVS Core API')).toEqual({
      npmScope: '@ivs-core',
      verifier: '@ivs-core/contract-verify',
      verifierCommand: 'contract-verify',
    });
  });

  const slugs: Array<[given: string, want: string]> = [
    ['IVS Core API', 'ivs-core'],
    ['Payments', 'payments'],
    ['API', 'api'],
    ['  ', 'api'],
  ];
  it.each(slugs)('make the product slug of %j: %s', (given, want) => {
    expect(productSlug(given)).toBe(want);
  });

  it('take the contact and homepage from the bundle, where overrides are resolved', () => {
    expect(contactOf(loadBundle('markid'))).toEqual({
      homepage: 'https://docs.ivs.markid.eu/',
      supportName: 'API team',
      supportEmail: 'techsupport@markid.eu',
      supportUrl: undefined,
    });
    expect(() => contactOf({ info: {} })).toThrow('externalDocs.url');
  });

  it('derive Go module paths from the declared repository, with the major version from v2 on', () => {
    expect(repository()).toEqual({
      url: 'https://github.com/ivs-core/error-contract',
      importPath: 'github.com/ivs-core/error-contract',
    });
    expect(goModulePath('packages/kits/go/markid', '1.4.0')).toBe(
      'github.com/ivs-core/error-contract/packages/kits/go/markid',
    );
    expect(goModulePath('packages/kits/go/markid', '2.0.0')).toBe(
      'github.com/ivs-core/error-contract/packages/kits/go/markid/v2',
    );
  });

  it('refuse a repository that is not an https URL of an owner and a name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'error-contract-repository-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ repository: 'git@github.com:owner/name.git' }));
      expect(() => repository(dir)).toThrow('"repository" must be the https URL of the repository');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the declared brands', () => {
  it('are the servers of the spec, in order, and each bundle is published under its title and server', () => {
    const brands = declaredBrands();
    expect(brands.map((brand) => brand.id)).toEqual(publishedBrands());
    for (const brand of brands) {
      const bundle = loadBundle(brand.id);
      expect(bundle.info.title).toBe(brand.title);
      expect(bundle.servers).toEqual([
        expect.objectContaining({ url: brand.serverUrl, 'x-brand': brand.id, 'x-brand-name': brand.name }),
      ]);
      expect(brandById(brand.id)).toEqual(brand);
    }
  });

  it('tell an unknown id by name', () => {
    expect(() => brandById('acme')).toThrow('Unknown brand "acme": the spec declares');
  });
});

describe('redocly.yaml against the declared brands', () => {
  const dir = temporarySpec({
    info: { title: 'API' },
    servers: [
      { url: 'https://a.example', 'x-brand': 'alpha', 'x-brand-name': 'Alpha' },
      { url: 'https://b.example', 'x-brand': 'beta', 'x-brand-name': 'Beta' },
    ],
  });
  const api = (brand: string) => ({ root: 'openapi.yaml', decorators: { 'error-contract/brand': { brand } } });

  const cases: Array<[name: string, { given: Record<string, unknown>; want: string | string[] }]> = [
    ['an API for every declared brand', { given: { alpha: api('alpha'), beta: api('beta') }, want: ['alpha', 'beta'] }],
    [
      'APIs listed in another order (the servers give the order)',
      { given: { beta: api('beta'), alpha: api('alpha') }, want: ['alpha', 'beta'] },
    ],
    [
      'a declared brand without an API',
      { given: { alpha: api('alpha') }, want: 'brand "beta" is declared by a server of openapi.yaml but has no API' },
    ],
    [
      'an API of an undeclared brand',
      {
        given: { alpha: api('alpha'), beta: api('beta'), gamma: api('gamma') },
        want: 'API "gamma" has no server with x-brand: gamma',
      },
    ],
    [
      'an API whose decorator names another brand',
      {
        given: { alpha: api('beta') },
        want: 'API "alpha" must use the error-contract/brand decorator with brand: alpha',
      },
    ],
  ];

  it.each(cases)('with %s', (name, { given, want }) => {
    const configPath = join(dir, `${name.replaceAll(/\W+/g, '-')}.yaml`);
    writeFileSync(configPath, stringify({ apis: given }));
    if (Array.isArray(want)) expect(publishedBrands(configPath)).toEqual(want);
    else expect(() => publishedBrands(configPath)).toThrow(want);
  });
});

describe('the marks of a brand', () => {
  const contact = { email: 'help@alpha.example', 'x-brand-overrides': { beta: { email: 'support@mail.beta.org' } } };
  const dir = temporarySpec({
    info: { title: 'API', contact },
    servers: [
      { url: 'https://api.alpha.example', 'x-brand': 'alpha', 'x-brand-name': 'Alpha Bank' },
      { url: 'https://beta.test:8443/v1', 'x-brand': 'beta', 'x-brand-name': 'Beta' },
    ],
  });
  mkdirSync(join(dir, 'paths'));
  mkdirSync(join(dir, 'components', 'schemas'), { recursive: true });
  const catalog = { X: { explanation: { alpha: 'See https://docs.alpha.example/x.', beta: 'Ask Beta.' } } };
  writeFileSync(join(dir, 'components', 'schemas', 'ErrorIdentifier.yaml'), stringify({ 'x-error-catalog': catalog }));

  const cases: Array<[name: string, { given: string; want: string[] }]> = [
    [
      'its id, names, server host and the hosts of its brand maps',
      {
        given: 'alpha',
        want: ['alpha', 'alpha bank', 'alphabank', 'api.alpha.example', 'alpha.example', 'docs.alpha.example'],
      },
    ],
    [
      'its id, name, server host and the e-mail domain of its overrides',
      { given: 'beta', want: ['beta', 'beta.test', 'mail.beta.org', 'beta.org'] },
    ],
  ];

  it.each(cases)('are %s', (_name, { given, want }) => {
    expect(brandMarks(join(dir, 'openapi.yaml')).get(given)).toEqual(want);
  });

  it("of this spec's brands are all different", () => {
    const marks = [...brandMarks().values()];
    const [first = [], ...others] = marks;
    expect(marks.length).toBe(declaredBrands().length);
    for (const other of others) expect(first.filter((mark) => other.includes(mark))).toEqual([]);
  });
});

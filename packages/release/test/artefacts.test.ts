/**
 * The packed artefacts as `turbo run artefacts` leaves them in dist/: that each planned artefact is there, carries
 * the license, says who it is from its brand's declaration, links nothing it does not hold, and (npm) passes publint
 * and Are the Types Wrong as a partner's tools see it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { licensePath } from '@error-contract/spec/workspace';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, it } from 'vitest';
import { currentRelease, type PackedArtefact, plannedArtefacts } from '../src/artefacts.ts';
import { packedDir } from '../src/pack.ts';
import { type ArtefactFile, filesInside, readPackedRelease } from '../src/unpack.ts';

const outDir = packedDir;
const packed = readPackedRelease(outDir);
const release = currentRelease();
const license = readFileSync(licensePath);
const brandOf = (id: string | undefined) => release.brands.find(({ brand }) => brand.id === id);

/** The files inside each artefact, unpacked once. */
const inside = new Map(packed.artefacts.map((artefact) => [artefact.name, filesInside(artefact, outDir)]));
const filesOf = (artefact: PackedArtefact) => inside.get(artefact.name) ?? [];
const text = (file: ArtefactFile | undefined) => file?.content.toString('utf8') ?? '';
const find = (artefact: PackedArtefact, ending: string) => filesOf(artefact).find(({ name }) => name.endsWith(ending));

it('tags the release and each Go module as Go wants a module in a subfolder: <folder>/vX.Y.Z', () => {
  expect(packed.tags).toEqual([
    `@error-contract/client@${release.version}`,
    ...['errorcontract', ...release.brands.map(({ brand }) => brand.id)].map(
      (folder) => `packages/kits/go/${folder}/v${release.version}`,
    ),
  ]);
});

it('packs every artefact the release plans, at the contract version, skipping none in CI', () => {
  const skipped = new Set(packed.skipped.map(({ ecosystem }) => ecosystem));
  const planned = plannedArtefacts(release).filter((artefact) => !skipped.has(artefact.ecosystem));
  expect(packed.version).toBe(release.version);
  expect(packed.artefacts.map(({ name }) => name)).toEqual(planned.map(({ name }) => name));
  if (process.env.CI === 'true') expect(packed.skipped).toEqual([]);
  for (const artefact of packed.artefacts) expect(artefact.files.every(({ bytes }) => bytes > 0)).toBe(true);
});

describe.each(packed.artefacts)('$name', (artefact) => {
  const zipped = artefact.files.filter(({ path }) => !/\.(info|mod)$/.test(path));

  it('carries the repository LICENSE in each of its packed files', () => {
    for (const { path } of zipped) {
      const licenses = filesOf(artefact).filter(({ name }) => name.startsWith(`${path}!`) && /LICENSE$/.test(name));
      expect(licenses.length, `${path} has no LICENSE`).toBeGreaterThan(0);
      for (const file of licenses) expect(file.content.equals(license), file.name).toBe(true);
    }
  });

  it('has a README whose relative links all point at files it holds', () => {
    for (const { path } of zipped.filter(({ path }) => !path.endsWith('.whl'))) {
      const files = filesOf(artefact).filter(({ name }) => name.startsWith(`${path}!`));
      // The README at the top of the packed file (Go's zip nests it under the module path and version).
      const readme = files
        .filter(({ name }) => name.endsWith('/README.md') || name.endsWith('!README.md'))
        .sort((a, b) => a.name.length - b.name.length)[0];
      expect(readme, `${path} has no README.md`).toBeDefined();
      const root = readme?.name.slice(0, -'README.md'.length) ?? '';
      const links = [...text(readme).matchAll(/\]\(([^)#\s]+)[^)]*\)/g)].map(([, target]) => target ?? '');
      for (const target of links.filter((link) => !/^[a-z]+:/.test(link))) {
        expect(
          files.some(({ name }) => name === `${root}${target}`),
          `${path}: README links ${target}`,
        ).toBe(true);
      }
    }
  });
});

describe.each(packed.artefacts.filter(({ ecosystem }) => ecosystem === 'npm'))('the npm package $name', (artefact) => {
  const manifest = JSON.parse(text(find(artefact, '!package/package.json')));
  const tarball = `${outDir}/${artefact.files[0]?.path}`;

  it('names itself, its version, license, source and, for a brand, its docs and support from the spec', () => {
    expect(manifest).toMatchObject({
      name: artefact.name,
      version: release.version,
      license: 'Apache-2.0',
      repository: { type: 'git', url: `git+${release.repository.url}.git` },
      publishConfig: { access: 'public', provenance: true },
    });
    const brand = brandOf(artefact.brand);
    if (brand) {
      expect(manifest.homepage).toBe(brand.contact.homepage);
      expect(manifest.bugs).toEqual({ email: brand.contact.supportEmail });
      expect(manifest.description).toContain(brand.title);
    }
  });

  it('passes publint, warnings and suggestions counted', async () => {
    // The tarball's own bytes: a Buffer may be a view into a larger ArrayBuffer (Node 24's readFileSync), whose
    // .buffer would hand publint bytes beyond the file.
    const bytes = readFileSync(tarball);
    const { messages, pkg } = await publint({
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer },
      strict: true,
      level: 'suggestion',
    });
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`)).toEqual([]);
  });

  it.runIf(artefact.kind === 'client')(
    'passes Are the Types Wrong in every resolution, node10 included; ESM only, as Node 20.19 can require it',
    () => {
      const attw = createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json');
      const bin = `${attw}/../${JSON.parse(readFileSync(attw, 'utf8')).bin.attw}`;
      const args = [bin, tarball, '--ignore-rules', 'cjs-resolves-to-esm', '--no-emoji', '--no-color'];
      const check = spawnSync(process.execPath, args, { encoding: 'utf8' });
      expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);
    },
  );
});

describe.each(packed.artefacts.filter(({ ecosystem }) => ecosystem !== 'npm'))(
  'the $ecosystem artefact $name',
  (artefact) => {
    const brand = brandOf(artefact.brand);

    it.runIf(artefact.ecosystem === 'pypi')('has PEP 621 metadata from the brand, in its wheel and its sdist', () => {
      for (const metadata of [find(artefact, '.dist-info/METADATA'), find(artefact, '/PKG-INFO')]) {
        const fields = text(metadata);
        expect(fields).toContain(`Name: ${artefact.name}\n`);
        expect(fields).toContain(`Version: ${release.version}\n`);
        expect(fields).toContain('License-Expression: Apache-2.0\n');
        expect(fields).toContain(`Project-URL: Homepage, ${brand?.contact.homepage}\n`);
        expect(fields).toContain(`Author-email: ${brand?.brand.name} API team <${brand?.contact.supportEmail}>\n`);
        expect(fields).not.toMatch(/^Requires-Dist:/m);
      }
    });

    it.runIf(artefact.ecosystem === 'composer')(
      'has a composer.json that suggests PSR-7 (and guzzlehttp/psr7, for the test doubles) rather than requiring it',
      () => {
        const composer = JSON.parse(text(find(artefact, '!composer.json')));
        expect(composer).toMatchObject({
          name: artefact.name,
          license: 'Apache-2.0',
          homepage: brand?.contact.homepage,
        });
        expect(Object.keys(composer.require)).toEqual(['php']);
        expect(Object.keys(composer.suggest)).toEqual(['psr/http-message', 'guzzlehttp/psr7']);
        expect(composer).not.toHaveProperty('version');
      },
    );

    it.runIf(artefact.ecosystem === 'go')(
      'is the module of its path, at the release version, with the oldest Go line',
      () => {
        const version = `v${release.version}`;
        const goMod = text(find(artefact, `@${version}/go.mod`));
        expect(goMod).toMatch(new RegExp(`^module ${artefact.name}$`, 'm'));
        expect(goMod).toMatch(/^go 1\.\d+$/m);
        expect(artefact.files.map(({ path }) => path)).toEqual(
          ['info', 'mod', 'zip'].map((extension) => `goproxy/${artefact.name}/@v/${version}.${extension}`),
        );
      },
    );
  },
);

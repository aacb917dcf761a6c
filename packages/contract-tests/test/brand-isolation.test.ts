/**
 * One brand's artefacts never name another brand: every built file an integrator of a brand sees (its bundle, its
 * errors page, its own docs site, its generated client and entry point, its code samples) and every file
 * inside every artefact packed for it (its client and sandbox tarballs, its wheel and sdist, its Composer archive,
 * its Go module's zip) is scanned for the marks of the other brands (names, hosts, e-mail domains), which are
 * derived from the spec's brand data. What every brand builds on (the brand-neutral Go module) names no brand.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { brandSiteDir } from '@error-contract/docs/site-layout';
import { packedDir } from '@error-contract/release/pack';
import { filesInside, readPackedRelease } from '@error-contract/release/unpack';
import { operationsOf } from '@error-contract/spec/bundle';
import {
  brandMarks,
  bundlePath,
  declaredBrands,
  errorsPagePath,
  loadBundle,
  repoDir,
} from '@error-contract/spec/workspace';
import { describe, expect, it } from 'vitest';

interface Artefact {
  /** Where it is, for the message: a path relative to the repository, or a code sample's operation and language. */
  name: string;
  text: string;
}

const brands = declaredBrands();
const marks = brandMarks();
const packed = readPackedRelease(packedDir);

/** Every file inside the packed artefacts that are delivered to `brand` (undefined: to every brand alike). */
function packedFor(brand: string | undefined): Array<[group: string, read: () => Artefact[]]> {
  return packed.artefacts
    .filter((artefact) => artefact.brand === brand && artefact.kind !== 'verifier')
    .map((artefact) => [
      `packed ${artefact.kind} ${artefact.name}`,
      () => filesInside(artefact, packedDir).map(({ name, content }) => ({ name, text: content.toString('utf8') })),
    ]);
}
const require = createRequire(import.meta.url);
const clientDir = dirname(require.resolve('@error-contract/client/package.json'));

function readText(path: string): string {
  const content = readFileSync(path);
  if (path.endsWith('.gz')) return gunzipSync(content).toString('utf8');
  if (path.endsWith('.br')) return brotliDecompressSync(content).toString('utf8');
  return content.toString('utf8');
}

function filesOf(paths: readonly string[]): Artefact[] {
  const missing = paths.filter((path) => !existsSync(path));
  if (missing.length > 0) throw new Error(`Not built: ${missing.map((path) => relative(repoDir, path)).join(', ')}.`);
  return paths.map((path) => ({ name: relative(repoDir, path), text: readText(path) }));
}

function filesUnder(dir: string): Artefact[] {
  if (!existsSync(dir)) throw new Error(`Not built: ${relative(repoDir, dir)}.`);
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return filesOf(entries.map((entry) => join(entry.parentPath, entry.name)).sort());
}

/** Everything a brand's integrator sees, in groups. */
function artefactGroups(brand: (typeof brands)[number]): Array<[group: string, read: () => Artefact[]]> {
  return [
    [
      'bundles and errors page (spec/dist)',
      () => filesOf([bundlePath(brand.id, 'yaml'), bundlePath(brand.id, 'json'), errorsPagePath(brand.id)]),
    ],
    ["the brand's own docs site, precompressed twins included", () => filesUnder(brandSiteDir(brand.id))],
    ['generated client files', () => filesUnder(join(clientDir, 'src', 'generated', brand.id))],
    [
      'client entry point, source and build',
      () => {
        const built = require.resolve(brand.clientModule);
        return filesOf([built, built.replace(/\.js$/, '.d.ts')]);
      },
    ],
    [
      'code samples',
      () =>
        operationsOf(loadBundle(brand.id)).flatMap((operation) =>
          ((operation as { 'x-codeSamples'?: Array<{ lang: string; source: string }> })['x-codeSamples'] ?? []).map(
            (sample) => ({ name: `code sample ${operation.operationId} (${sample.lang})`, text: sample.source }),
          ),
        ),
    ],
    ...packedFor(brand.id),
  ];
}

/** The marks of every other brand that are not also marks of `brand`, longest first. */
function foreignMarks(brand: string, marksByBrand: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  const own = marksByBrand.get(brand) ?? [];
  const foreign = new Map<string, string>();
  for (const [other, otherMarks] of marksByBrand) {
    if (other === brand) continue;
    for (const mark of otherMarks) if (!own.includes(mark)) foreign.set(mark, other);
  }
  return new Map([...foreign].sort(([a], [b]) => b.length - a.length));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One line per place an artefact names another brand: `<artefact>:<line>: names <brand> ("<mark>" in …<context>…)`. */
function leaks(artefacts: readonly Artefact[], foreign: ReadonlyMap<string, string>): string[] {
  if (foreign.size === 0) return [];
  const pattern = new RegExp([...foreign.keys()].map(escapeRegExp).join('|'), 'gi');
  return artefacts.flatMap(({ name, text }) =>
    [...text.matchAll(pattern)].map((match) => {
      const at = match.index ?? 0;
      const line = text.slice(0, at).split('\n').length;
      const context = text.slice(Math.max(0, at - 30), at + match[0].length + 30).replaceAll(/\s+/g, ' ');
      return `${name}:${line}: names ${foreign.get(match[0].toLowerCase())} ("${match[0]}" in …${context}…)`;
    }),
  );
}

describe.each(brands)('the $name artefacts', (brand) => {
  const foreign = foreignMarks(brand.id, marks);

  it('have the marks of every other brand to look for', () => {
    const others = brands.filter((other) => other.id !== brand.id);
    expect(new Set(foreign.values())).toEqual(new Set(others.map((other) => other.id)));
  });

  it.each(artefactGroups(brand))('name no other brand: %s', (_group, read) => {
    const artefacts = read();
    expect(artefacts.length).toBeGreaterThan(0);
    expect(leaks(artefacts, foreign)).toEqual([]);
  });
});

describe('the artefacts packed for every brand alike', () => {
  const everyMark = new Map([...marks].flatMap(([brand, list]) => list.map((mark): [string, string] => [mark, brand])));
  const sorted = new Map([...everyMark].sort(([a], [b]) => b.length - a.length));

  it.each(packedFor(undefined))('name no brand: %s', (_group, read) => {
    const artefacts = read();
    expect(artefacts.length).toBeGreaterThan(0);
    expect(leaks(artefacts, sorted)).toEqual([]);
  });

  it('include every packed artefact of some brand, so that none escapes the scan', () => {
    const scanned = new Set([...brands.map((brand) => brand.id), undefined]);
    const unscanned = packed.artefacts.filter(
      (artefact) => artefact.kind !== 'verifier' && !scanned.has(artefact.brand),
    );
    expect(unscanned).toEqual([]);
    expect(packed.artefacts.length).toBeGreaterThan(brands.length);
  });
});

describe('the scan', () => {
  const marksByBrand = new Map([
    ['alpha', ['alpha', 'alpha bank', 'api.alpha.example', 'alpha.example']],
    ['beta', ['beta', 'beta.org', 'api.beta.org']],
  ]);
  const cases: Array<[name: string, { given: { brand: string; text: string }; want: string[] }]> = [
    [
      'a text naming only its own brand',
      { given: { brand: 'alpha', text: 'Alpha Bank\nhttps://api.alpha.example' }, want: [] },
    ],
    [
      "another brand's e-mail domain, with its line",
      {
        given: { brand: 'alpha', text: 'contact:\n  email: help@Beta.org' },
        want: ['page.md:2: names beta ("Beta.org" in …contact: email: help@Beta.org…)'],
      },
    ],
    [
      "another brand's host in a URL, reported as the longest mark",
      {
        given: { brand: 'beta', text: 'redirectUrl: https://api.alpha.example/redirect' },
        want: ['page.md:1: names alpha ("api.alpha.example" in …redirectUrl: https://api.alpha.example/redirect…)'],
      },
    ],
    [
      "another brand's name inside a code name",
      {
        given: { brand: 'beta', text: "import { createAlphaBankClient } from '@x/client/alpha';" },
        want: [
          'page.md:1: names alpha ("Alpha" in …import { createAlphaBankClient } from \'@x/client/a…)',
          'page.md:1: names alpha ("alpha" in …aBankClient } from \'@x/client/alpha\';…)',
        ],
      },
    ],
  ];

  it.each(cases)('reports %s', (_name, { given, want }) => {
    expect(leaks([{ name: 'page.md', text: given.text }], foreignMarks(given.brand, marksByBrand))).toEqual(want);
  });

  it('does not report a mark both brands share (it names neither)', () => {
    const shared = new Map([...marksByBrand].map(([brand, list]) => [brand, [...list, 'example.net']]));
    expect(leaks([{ name: 'page.md', text: 'https://example.net' }], foreignMarks('alpha', shared))).toEqual([]);
  });
});

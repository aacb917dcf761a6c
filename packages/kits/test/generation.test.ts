import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { catalogOf } from '@error-contract/spec/catalog';
import { loadBundle } from '@error-contract/spec/workspace';
import { afterAll, expect, it } from 'vitest';
import { GENERATED } from '../codegen/banner.ts';
import { kitBrand } from '../codegen/brand.ts';
import { generateKits, packageDir, writeKits } from '../codegen/generate.ts';

const outDirs: string[] = [];
afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

/** Every file of the kits that says it is generated. */
function generatedFiles(dir: string): string[] {
  return ['php', 'python', 'go']
    .flatMap((language) =>
      readdirSync(join(dir, language), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && !/\.venv|cache|[/\\]build\b/.test(entry.parentPath))
        .map((entry) => join(entry.parentPath, entry.name)),
    )
    .filter((path) =>
      readFileSync(path, 'utf8')
        .replace(/^<\?php\s*/, '')
        .slice(0, 40)
        .includes(`${GENERATED} from`),
    )
    .map((path) => relative(dir, path))
    .sort();
}

it('regenerating from the bundles gives the committed files, byte for byte, and no other file says it is generated', () => {
  const files = generateKits();
  // A LICENSE is the repository's, verbatim, so that tools recognise it: the one generated file without a banner.
  expect(generatedFiles(packageDir)).toEqual([...files.keys()].filter((path) => !path.endsWith('/LICENSE')).sort());
  for (const [path, content] of files) {
    expect(readFileSync(join(packageDir, path), 'utf8'), `${path} differs: run \`pnpm generate\``).toBe(content);
  }
});

it.runIf(process.env.CI === 'true')('matches the committed files byte for byte (CI)', () => {
  for (const [path, content] of generateKits()) {
    const committed = execFileSync('git', ['show', `HEAD:./${path}`], { cwd: packageDir, encoding: 'utf8' });
    expect(committed, `${path} is not committed as generated`).toBe(content);
  }
});

it('writes the same bytes twice in a row', () => {
  const [first, second] = [0, 1].map(() => {
    const outDir = mkdtempSync(join(tmpdir(), 'kits-generated-'));
    outDirs.push(outDir);
    writeKits(outDir);
    return outDir;
  });
  for (const path of generateKits().keys()) {
    expect(readFileSync(join(first as string, path)).equals(readFileSync(join(second as string, path))), path).toBe(
      true,
    );
  }
});

it('puts every identifier of each brand, with its explanation and docs URL, into each language', () => {
  for (const brand of ['idenfy', 'markid'].map(kitBrand)) {
    const files = generateKits([brand.brand]);
    const python = files.get(`python/src/error_contract/${brand.brand}.py`) ?? '';
    const go = files.get(`go/${brand.brand}/catalog.go`) ?? '';
    const php =
      files.get(`php/src/${brand.brand.charAt(0).toUpperCase()}${brand.brand.slice(1)}/ErrorIdentifier.php`) ?? '';
    for (const entry of brand.identifiers) {
      for (const source of [python, go, php]) {
        expect(source).toContain(entry.identifier);
        expect(source).toContain(entry.docsUrl);
      }
    }
    expect(brand.identifiers.map((entry) => entry.identifier)).toEqual(
      catalogOf(loadBundle(brand.brand)).map((entry) => entry.identifier),
    );
  }
});

it('refuses an identifier that is not UPPER_SNAKE_CASE, which no language could name alike', async () => {
  const { checkIdentifier } = await import('../codegen/names.ts');
  expect(() => checkIdentifier('idenfy', 'bad-value')).toThrow(
    /idenfy: identifier "bad-value" is not UPPER_SNAKE_CASE/,
  );
});

it('names Go constants in Go style', async () => {
  const { camel } = await import('../codegen/names.ts');
  expect(['INTERNAL_ERROR', 'JSON_ERROR', 'TOKEN_NOT_VALID', 'API_KEY_ID'].map(camel)).toEqual([
    'InternalError',
    'JSONError',
    'TokenNotValid',
    'APIKeyID',
  ]);
});

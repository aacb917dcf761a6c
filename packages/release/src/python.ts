/**
 * A brand's Python kit on PyPI: the kit's package (`error_contract`) with the brand's module alone, PEP 621 metadata
 * from the brand's declaration, built into an sdist and a wheel by `python -m build`, the PyPA frontend. The
 * frontend and the backend (setuptools) are pinned in requirements.txt and installed once into a virtual
 * environment of this package's, where the build runs without isolation: no download per build.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoDir } from '@error-contract/spec/workspace';
import type { BrandRelease, Release } from './artefacts.ts';
import { brandValues, readme } from './templates.ts';
import { addLicense, packageDirOf, run } from './tools.ts';

const releaseDir = fileURLToPath(new URL('..', import.meta.url));
const requirementsPath = join(releaseDir, 'requirements.txt');

/**
 * The build backend's pin, from requirements.txt: PEP 639's `license` expression and `license-files` need
 * setuptools 77 or later.
 */
export function buildBackend(): string {
  const pin = /^setuptools==\S+$/m.exec(readFileSync(requirementsPath, 'utf8'))?.[0];
  if (!pin) throw new Error(`${requirementsPath} pins no setuptools.`);
  return pin;
}
const kitDir = () => join(packageDirOf('@error-contract/kits'), 'python');
const importPackage = 'error_contract';

/** The kit's `requires-python`, from its own pyproject.toml (one home for it). */
export function requiresPython(): string {
  const match = /^requires-python\s*=\s*"([^"]+)"/m.exec(readFileSync(join(kitDir(), 'pyproject.toml'), 'utf8'));
  if (!match?.[1]) throw new Error('packages/kits/python/pyproject.toml has no requires-python.');
  return match[1];
}

const toml = (value: string) => JSON.stringify(value);

/** pyproject.toml of a brand's distribution. */
export function pyproject(release: Release, { brand, title, contact }: BrandRelease): string {
  const source = relative(repoDir, kitDir()).replaceAll('\\', '/');
  const author = [`name = ${toml(`${brand.name} ${contact.supportName ?? ''}`.trim())}`];
  if (contact.supportEmail) author.push(`email = ${toml(contact.supportEmail)}`);
  const minor = /\d+\.\d+/.exec(requiresPython())?.[0] ?? '3';
  return `[build-system]
requires = [${toml(buildBackend())}]
build-backend = "setuptools.build_meta"

[project]
name = ${toml(brand.packages.python)}
version = ${toml(release.version)}
description = ${toml(`Typed standard API errors of the ${title}: its identifiers and the classifier of its failed replies.`)}
readme = "README.md"
requires-python = ${toml(requiresPython())}
license = "Apache-2.0"
license-files = ["LICENSE"]
authors = [{ ${author.join(', ')} }]
keywords = [${[brand.id, 'identity verification', 'kyc', 'api errors'].map(toml).join(', ')}]
dependencies = []
classifiers = [
  "Programming Language :: Python :: 3",
  ${toml(`Programming Language :: Python :: ${minor}`)},
  "Typing :: Typed",
]

[project.urls]
Homepage = ${toml(contact.homepage)}
Source = ${toml(`${release.repository.url}/tree/main/${source}`)}

[tool.setuptools.packages.find]
where = ["src"]

[tool.setuptools.package-data]
${importPackage} = ["py.typed"]
`;
}

/** The kit's package for one brand: every module but the other brands', no caches. */
export function stagePython(release: Release, brandRelease: BrandRelease, dir: string): void {
  const others = new Set(release.brands.filter((other) => other !== brandRelease).map(({ brand }) => `${brand.id}.py`));
  const from = join(kitDir(), 'src', importPackage);
  const to = join(dir, 'src', importPackage);
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isFile() && !others.has(entry.name) && !entry.name.endsWith('.pyc')) {
      cpSync(join(from, entry.name), join(to, entry.name));
    }
  }
  writeFileSync(join(dir, 'pyproject.toml'), pyproject(release, brandRelease));
  writeFileSync(
    join(dir, 'README.md'),
    readme('python', { ...brandValues(release, brandRelease), requiresPython: requiresPython() }, 'python'),
  );
  addLicense(dir);
}

/**
 * Where `buildPython` makes its virtual environment; the copy of requirements.txt in it stamps what it holds, so a
 * copy of it made for other requirements is made again.
 */
export const buildEnvDir = join(releaseDir, '.venv');

/**
 * The Python that runs `python -m build`: a virtual environment of this package's own with requirements.txt
 * installed, made once.
 */
export function buildPython(): string {
  const venv = buildEnvDir;
  const python = join(venv, 'bin', 'python');
  const requirements = readFileSync(requirementsPath, 'utf8');
  const stamp = join(venv, 'requirements.txt');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === requirements) return python;
  run('python3', ['-m', 'venv', '--clear', venv]);
  run(python, [
    '-m',
    'pip',
    'install',
    '--quiet',
    '--disable-pip-version-check',
    '-r',
    join(releaseDir, 'requirements.txt'),
  ]);
  writeFileSync(stamp, requirements);
  return python;
}

/**
 * Builds the staged distribution's sdist and wheel into `outDir`, dated `sourceDate` (seconds since the epoch, the
 * commit's), so that building twice gives the same files; returns their paths.
 */
export function buildDistributions(stageDir: string, outDir: string, sourceDate: number): string[] {
  mkdirSync(outDir, { recursive: true });
  const before = new Set(readdirSync(outDir));
  const env = { ...process.env, SOURCE_DATE_EPOCH: String(sourceDate) };
  // No --sdist or --wheel: the wheel is built from the sdist, which proves the sdist complete.
  run(buildPython(), ['-m', 'build', '--no-isolation', '--outdir', outDir, stageDir], { env });
  return readdirSync(outDir)
    .filter((name) => !before.has(name))
    .sort()
    .map((name) => join(outDir, name));
}

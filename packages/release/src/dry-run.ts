/**
 * The release dry run: every packed artefact installed from its file by its own ecosystem's tool into a scratch
 * project of its own, as a partner would, and a smoke program run with it against the brand's sandbox, itself
 * started from its packed tarball with npx:
 *
 * - npm: the client and sandbox tarballs (`npm install`), the client's smoke program type-checked as
 *   `moduleResolution` node16 and node, then run; the verifier's tarball, run against the sandbox and on its own;
 * - Python: the wheel, `pip install`ed into a virtual environment;
 * - Go: the brand's module fetched by `go get` from the release's module proxy folder (GOPROXY=file://…), built with
 *   the oldest Go the kit supports, on which the kit's own tests run too;
 * - PHP: the Composer archive, installed by `composer install` from a path repository, Packagist switched off.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goDir, OLDEST_GO_TOOLCHAIN } from '@error-contract/kits/codegen';
import { seededCredentials, suppliedRoles } from '@error-contract/spec/local-sandbox';
import { type BrandRelease, currentRelease, type PackedArtefact, type Release } from './artefacts.ts';
import { manifestFile, type PackedRelease } from './pack.ts';
import { brandValues, type SmokeProgram, smokeProgram, smokePrograms } from './templates.ts';
import { installedVersion, packageDirOf, run } from './tools.ts';

/** What one smoke program did with one artefact. */
export interface SmokeRun {
  artefact: string;
  /** The program and how it ran, in a few words. */
  program: string;
  ok: boolean;
  /** Its output, or why it failed. */
  output: string;
}

/**
 * The environment of every tool: this process's, without the `npm_*` settings a package manager running this script
 * passes down (pnpm's are not npm's), as a partner's shell would have it.
 */
const quiet = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_'))),
  NO_UPDATE_NOTIFIER: '1',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};

/** Runs a step of the dry run and records it; a failure is recorded, not thrown, so every artefact gets its turn. */
function step(runs: SmokeRun[], artefact: string, program: string, body: () => string): void {
  try {
    runs.push({ artefact, program, ok: true, output: body().trim() });
  } catch (error) {
    runs.push({ artefact, program, ok: false, output: error instanceof Error ? error.message : String(error) });
  }
}

const writeJson = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

/** A scratch npm project with the given tarballs (and packages from the registry) installed. */
function npmProject(dir: string, installs: readonly string[]): void {
  mkdirSync(dir, { recursive: true });
  writeJson(join(dir, 'package.json'), { name: 'release-smoke', private: true, type: 'module' });
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...installs], { cwd: dir, env: quiet });
}

interface RunningSandbox {
  /** The brand's API root, e.g. `http://127.0.0.1:37741/markid`. */
  brandUrl: string;
  stop(): void;
}

/** Starts the brand's packed sandbox with npx on a free port and waits for the address it prints. */
function startSandbox(dir: string, brandRelease: BrandRelease): Promise<RunningSandbox> {
  const { id, packages } = brandRelease.brand;
  const help = run('npx', ['--no', '--', packages.sandbox, '--help'], { cwd: dir, env: quiet }).stdout;
  // `--brand` picks the brand to serve; a sandbox without the flag serves the brands it ships, here only this one.
  const brandFlag = help.includes('--brand') ? ['--brand', id] : [];
  // A process group of its own, so that stopping it stops npx and the command npx started.
  const child: ChildProcess = spawn('npx', ['--no', '--', packages.sandbox, ...brandFlag, '--port', '0'], {
    cwd: dir,
    env: quiet,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const stop = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // The group is gone already.
    }
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`The sandbox did not start within 60 s:\n${output}`)), 60_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      stop();
      reject(error);
    };
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const origin = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (!origin) return;
      clearTimeout(timer);
      resolve({ brandUrl: `${origin}/${id}`, stop });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The sandbox exited (${code}) before it listened:\n${output}`));
    });
  });
}

/** The environment every smoke program gets: the sandbox's address for the brand and its seeded partner. */
function smokeEnv(sandbox: RunningSandbox) {
  const partner = seededCredentials('partner');
  return { ...quiet, BASE_URL: sandbox.brandUrl, API_KEY: partner?.apiKey ?? '', API_SECRET: partner?.apiSecret ?? '' };
}

/** Writes a brand's smoke program into `dir`. */
function writeSmoke(dir: string, program: SmokeProgram, values: Readonly<Record<string, string>>): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, smokePrograms[program].file);
  writeFileSync(path, smokeProgram(program, values));
  return path;
}

/** The client: type-checked as node16 and as node (node10) resolution would see it, then run. */
function clientSmoke(dir: string, values: Record<string, string>, sandbox: RunningSandbox): string {
  writeSmoke(dir, 'client', values);
  const compilerOptions = { target: 'ES2022', strict: true, skipLibCheck: false, types: ['node'] };
  writeJson(join(dir, 'tsconfig.json'), {
    compilerOptions: { ...compilerOptions, module: 'node16', moduleResolution: 'node16', outDir: 'out' },
    files: ['smoke.ts'],
  });
  writeJson(join(dir, 'tsconfig.node10.json'), {
    compilerOptions: { ...compilerOptions, module: 'esnext', moduleResolution: 'node', noEmit: true },
    files: ['smoke.ts'],
  });
  run('npx', ['--no', '--', 'tsc', '-p', 'tsconfig.node10.json'], { cwd: dir, env: quiet });
  run('npx', ['--no', '--', 'tsc', '-p', 'tsconfig.json'], { cwd: dir, env: quiet });
  return run('node', ['out/smoke.js'], { cwd: dir, env: smokeEnv(sandbox) }).stdout;
}

/** The Python kit: its wheel installed with pip into a fresh virtual environment. */
function pythonSmoke(dir: string, values: Record<string, string>, wheel: string, sandbox: RunningSandbox): string {
  writeSmoke(dir, 'python', values);
  run('python3', ['-m', 'venv', join(dir, 'venv')]);
  const python = join(dir, 'venv', 'bin', 'python');
  run(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-index', wheel]);
  return run(python, ['smoke.py'], { cwd: dir, env: smokeEnv(sandbox) }).stdout;
}

/** The oldest Go the kit supports, fetched as a toolchain module: its `go` command. */
function oldestGo(): string {
  const goroot = run('go', ['env', 'GOROOT'], { env: { ...process.env, GOTOOLCHAIN: OLDEST_GO_TOOLCHAIN } }).stdout;
  return join(goroot.trim(), 'bin', 'go');
}

/**
 * The brand's Go module, fetched by `go get` from the proxy folder alone into an empty module cache, and the smoke
 * program built and run with the oldest Go.
 */
function goSmoke(
  dir: string,
  values: Record<string, string>,
  release: Release,
  proxy: string,
  sandbox: RunningSandbox,
) {
  writeSmoke(dir, 'go', values);
  const go = oldestGo();
  const env = {
    ...smokeEnv(sandbox),
    GOTOOLCHAIN: 'local',
    GOPROXY: `file://${proxy}`,
    GONOSUMDB: release.repository.importPath,
    GOFLAGS: '-mod=mod',
    GOMODCACHE: join(dir, 'modcache'),
    GOWORK: 'off',
  };
  const version = run(go, ['version'], { cwd: dir, env }).stdout.trim();
  run(go, ['mod', 'init', 'smoke'], { cwd: dir, env });
  run(go, ['get', `${values.goModule}@v${release.version}`], { cwd: dir, env });
  const output = run(go, ['run', '.'], { cwd: dir, env }).stdout;
  run(go, ['clean', '-modcache'], { cwd: dir, env });
  return `${version}\n${output}`;
}

/** The kit's own vet and tests, on the oldest Go it supports, offline. */
function goKitTests(): string {
  const go = oldestGo();
  const kitsDir = packageDirOf('@error-contract/kits');
  const env = {
    ...process.env,
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off',
    ERROR_CONTRACT_CORPUS: join(kitsDir, 'corpus', 'generated'),
  };
  const cwd = join(kitsDir, goDir);
  const modules = run(go, ['list', '-m', '-f', '{{.Dir}}'], { cwd, env }).stdout.split('\n').filter(Boolean);
  const patterns = modules.map((module) => `./${module.slice(cwd.length + 1) || '.'}/...`.replace('/./', '/'));
  run(go, ['vet', ...patterns], { cwd, env });
  return `${run(go, ['version'], { env }).stdout.trim()}\n${run(go, ['test', '-count=1', ...patterns], { cwd, env }).stdout}`;
}

/** The PHP kit: its archive unpacked as a path repository, installed by Composer with Packagist off. */
function phpSmoke(
  dir: string,
  values: Record<string, string>,
  release: Release,
  archive: string,
  sandbox: RunningSandbox,
) {
  writeSmoke(dir, 'php', values);
  run('python3', ['-m', 'zipfile', '-e', archive, join(dir, 'package')]);
  const name = values.composerPackage as string;
  writeJson(join(dir, 'composer.json'), {
    name: 'release/smoke',
    type: 'project',
    repositories: [
      { 'packagist.org': false },
      { type: 'path', url: 'package', options: { symlink: false, versions: { [name]: release.version } } },
    ],
    require: { [name]: release.version },
  });
  const env = { ...quiet, COMPOSER_HOME: join(dir, 'composer-home'), COMPOSER_NO_INTERACTION: '1' };
  run('composer', ['install', '--no-progress', '--quiet'], { cwd: dir, env });
  return run('php', ['smoke.php'], { cwd: dir, env: { ...env, ...smokeEnv(sandbox) } }).stdout;
}

/** The verifier's environment: each supplied role's credentials, as the sandbox seeds them. */
function verifierEnv() {
  const env: Record<string, string | undefined> = { ...quiet };
  for (const { role, env: names } of suppliedRoles) {
    const seeded = seededCredentials(role);
    if (!seeded) continue;
    env[names.apiKey] = seeded.apiKey;
    env[names.apiSecret] = seeded.apiSecret;
  }
  return env;
}

/**
 * Runs the dry run over the artefacts packed in `outDir` (by `packRelease`); returns every smoke run, which it
 * also prints and writes to `<outDir>/dry-run.json`.
 */
export interface DryRunOptions {
  /**
   * The npm artefacts alone (client, sandbox, verifier): what depends on the Node version, run again under each
   * supported Node major beside the full run on one.
   */
  npmOnly?: boolean;
}

export async function dryRun(
  outDir: string,
  { npmOnly = false }: DryRunOptions = {},
  release: Release = currentRelease(),
): Promise<SmokeRun[]> {
  const packed = JSON.parse(readFileSync(join(outDir, manifestFile), 'utf8')) as PackedRelease;
  const fileOf = (kind: PackedArtefact['kind'], brand: string | undefined, suffix: string) => {
    const artefact = packed.artefacts.find((candidate) => candidate.kind === kind && candidate.brand === brand);
    const file = artefact?.files.find(({ path }) => path.endsWith(suffix));
    if (!artefact || !file) throw new Error(`${outDir}/${manifestFile} lists no ${suffix} of ${kind} ${brand ?? ''}.`);
    return { name: artefact.name, path: join(outDir, file.path) };
  };
  const verifier = fileOf('verifier', undefined, '.tgz');
  const scratch = mkdtempSync(join(tmpdir(), 'release-dry-run-'));
  const runs: SmokeRun[] = packed.skipped.map(({ ecosystem, reason }) => ({
    artefact: `the ${ecosystem} artefacts`,
    program: 'packing',
    ok: false,
    output: `not packed: ${reason}`,
  }));
  const toolVersions = ['typescript', '@types/node'].map(
    (name) => `${name}@${installedVersion(name, packageDirOf('@error-contract/client'))}`,
  );
  try {
    step(runs, verifier.name, `npx ${verifier.name} (all brands, against the sandbox it carries)`, () => {
      npmProject(join(scratch, 'verifier'), [verifier.path]);
      return run('npx', ['--no', '--', verifier.name], { cwd: join(scratch, 'verifier'), env: quiet }).stdout;
    });
    for (const brandRelease of release.brands) {
      const { id } = brandRelease.brand;
      const values = brandValues(release, brandRelease);
      const client = fileOf('client', id, '.tgz');
      const sandboxTarball = fileOf('sandbox', id, '.tgz');
      const npmDir = join(scratch, id, 'npm');
      let sandbox: RunningSandbox | undefined;
      try {
        npmProject(npmDir, [client.path, sandboxTarball.path, ...toolVersions]);
        sandbox = await startSandbox(npmDir, brandRelease);
      } catch (error) {
        runs.push({ artefact: sandboxTarball.name, program: 'npx (start)', ok: false, output: String(error) });
        continue;
      }
      const running = sandbox;
      runs.push({
        artefact: sandboxTarball.name,
        program: `npx ${sandboxTarball.name} --port 0`,
        ok: true,
        output: `serving ${running.brandUrl}`,
      });
      // The kits' smoke programs against the running sandbox: PyPI's wheel, the Go module, the Composer archive.
      const kitSmokes = () => {
        const wheel = fileOf('python-kit', id, '.whl');
        step(runs, wheel.name, 'smoke.py: a wrong secret, malformed JSON (pip install of the wheel)', () =>
          pythonSmoke(join(scratch, id, 'python'), values, wheel.path, running),
        );
        const module = fileOf('go-kit', id, '.zip');
        step(
          runs,
          module.name,
          `main.go: a wrong secret, malformed JSON (go get from the proxy folder, ${OLDEST_GO_TOOLCHAIN})`,
          () => goSmoke(join(scratch, id, 'go'), values, release, join(outDir, 'goproxy'), running),
        );
        const archive = fileOf('php-kit', id, '.zip');
        step(
          runs,
          archive.name,
          'smoke.php: a wrong secret, malformed JSON (composer install from a path repository)',
          () => phpSmoke(join(scratch, id, 'php'), values, release, archive.path, running),
        );
      };
      try {
        step(runs, client.name, 'smoke.ts: createToken, a wrong secret (tsc node16 and node10, then node)', () =>
          clientSmoke(npmDir, values, running),
        );
        if (!npmOnly) kitSmokes();
        step(
          runs,
          verifier.name,
          `npx ${verifier.name} --brand ${id} --server <the ${id} sandbox> --allow-effects`,
          () => {
            // The sandbox's fault switch is not the real API's: INTERNAL_ERROR is not provoked through --server.
            const args = [
              ...['--no', '--', verifier.name, '--brand', id, '--server', running.brandUrl],
              ...['--allow-effects', '--allow-not-attempted', 'sandbox-only'],
            ];
            return run('npx', args, { cwd: join(scratch, 'verifier'), env: verifierEnv() }).stdout;
          },
        );
      } finally {
        running.stop();
      }
    }
    if (!npmOnly) step(runs, 'the Go kit', `go vet and go test of every module (${OLDEST_GO_TOOLCHAIN})`, goKitTests);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  writeJson(join(outDir, 'dry-run.json'), runs);
  for (const { artefact, program, ok, output } of runs) {
    console.log(`${ok ? 'ok    ' : 'FAILED'} ${artefact}: ${program}`);
    for (const line of output.split('\n').filter(Boolean)) console.log(`         ${line}`);
  }
  return runs;
}

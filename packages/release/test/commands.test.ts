/**
 * The packed commands run outside the repository: each brand's sandbox, unpacked from its tarball, serves that brand
 * from the bundle inside it and no other; the verifier prints its usage. Their npm dependencies resolve from this
 * package's node_modules, at the versions they are packed with (the catalog's), as `npm install` would give them.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { currentRelease } from '../src/artefacts.ts';
import { packedDir } from '../src/pack.ts';
import { readPackedRelease, unpack } from '../src/unpack.ts';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const outDir = packedDir;
const packed = readPackedRelease(outDir);
const release = currentRelease();
// Inside this package, so that the commands' imports (ajv, yaml, js-yaml) resolve from its node_modules.
const scratch = join(packageDir, 'test-results', 'unpacked');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Unpacks an npm artefact; returns its package folder and the path of its one command. */
function unpacked(name: string): { dir: string; command: string } {
  const artefact = packed.artefacts.find((candidate) => candidate.name === name);
  const tarball = artefact?.files[0]?.path;
  if (!tarball) throw new Error(`${name} is not packed.`);
  const dir = join(scratch, name.replace('/', '+'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  unpack(join(outDir, tarball), dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'package', 'package.json'), 'utf8'));
  const [command = ''] = Object.values(manifest.bin as Record<string, string>);
  return { dir: join(dir, 'package'), command: join(dir, 'package', command) };
}

/** Starts a command that prints `listening on <origin>`; resolves with the origin, and stops it after the test. */
function listen(command: string, args: readonly string[]): Promise<string> {
  const child: ChildProcess = spawn(process.execPath, [command, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  onTestFinished(() => {
    child.kill();
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const origin = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (origin) resolve(origin);
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`exited ${code} before it listened:\n${output}`)));
  });
}

describe.each(release.brands)('the packed sandbox of $brand.name', ({ brand }) => {
  it.runIf(packed.artefacts.some(({ name }) => name === brand.packages.sandbox))(
    'serves the brand from the bundle it carries, on a free loopback port, and no other brand',
    async () => {
      const { command } = unpacked(brand.packages.sandbox);
      const origin = await listen(command, ['--port', '0', '--host', '127.0.0.1']);
      const own = await fetch(`${origin}/${brand.id}/api/v2/status`, { method: 'POST', body: '{}' });
      expect(own.status).toBe(400);
      expect(await own.json()).toMatchObject({ identifier: 'UNAUTHORIZED' });
      // Another brand's path is no path here: the served brand's error for an unknown path, naming only it.
      for (const other of release.brands.filter((candidate) => candidate.brand.id !== brand.id)) {
        const reply = await fetch(`${origin}/${other.brand.id}/api/v2/status`, { method: 'POST', body: '{}' });
        const unknownPath = await fetch(`${origin}/${brand.id}/api/v2/no-such-path`, { method: 'POST', body: '{}' });
        expect(await reply.json(), `${other.brand.id} is served`).toEqual(await unknownPath.json());
      }
    },
  );
});

it('the packed verifier prints its usage, naming its options', () => {
  const artefact = packed.artefacts.find(({ kind }) => kind === 'verifier');
  if (!artefact) return;
  const { command } = unpacked(artefact.name);
  const help = spawnSync(process.execPath, [command, '--help'], { encoding: 'utf8' });
  expect(help.status).toBe(0);
  expect(help.stdout).toContain('--server <url>');
});

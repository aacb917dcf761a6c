/** The benchmark's contenders, each started as its own process so none shares the load generator's CPU time. */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export interface Contender {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

/** `packageDir`: a copy of this package holding an earlier build in its dist/, to measure a change in one run. */
export function startSandbox(packageDir?: string): Promise<Contender> {
  const main = packageDir ? `${packageDir}/dist/main.js` : 'dist/main.js';
  const name = packageDir ? `sandbox, ${packageDir}` : 'sandbox';
  return launch(name, process.execPath, [main, '--port', '0'], /listening on (http:\S+)/);
}

export function startBare(): Promise<Contender> {
  return launch('bare node:http', bin('tsx'), ['bench/bare-server.ts'], /listening on (http:\S+)/);
}

export async function startPrism(bundlePath: string): Promise<Contender> {
  const port = await freePort();
  // Logging off: Prism's per-request log lines would slow it down for no benefit here.
  const args = ['mock', '--host', '127.0.0.1', '--port', String(port), '--verboseLevel', 'error', bundlePath];
  const contender = await launch('prism mock', bin('prism'), args, undefined, `http://127.0.0.1:${port}`);
  await waitUntilServing(contender.url);
  return contender;
}

function launch(name: string, command: string, args: string[], banner?: RegExp, knownUrl?: string): Promise<Contender> {
  const child = spawn(command, args, { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const ready = (url: string) => resolve({ name, url, pid: child.pid ?? 0, stop: () => stop(child) });
    const onOutput = (chunk: Buffer) => {
      output += chunk.toString();
      const found = banner?.exec(output)?.[1];
      if (found) ready(found);
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}: ${output}`)));
    if (knownUrl) ready(knownUrl);
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilServing(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { method: 'POST' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`Nothing answers at ${url}.`);
}

/** Resident memory of a process in MB, from /proc (Linux). */
export function residentMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
  return kilobytes / 1024;
}

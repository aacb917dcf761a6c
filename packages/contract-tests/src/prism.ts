/**
 * Prism (`@stoplight/prism-cli`) as a child process on a free loopback port: `prism mock` serving a bundle, or
 * `prism proxy` validating a real server's replies against it. Started and stopped by the tests.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const prismBin = join(
  dirname(createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json')),
  'dist',
  'index.js',
);
const LISTENING = /Prism is listening on (http:\/\/\S+)/;
// Generous: on a busy 2-core CI machine, where every package tests at once, Prism alone takes seconds to load.
const START_TIMEOUT_MS = 120_000;

export interface PrismServer {
  url: string;
  close(): Promise<void>;
}

export type PrismCommand =
  | { mode: 'mock'; bundle: string }
  /** `--errors=false`: Prism forwards every request and reports what it finds in `sl-violations` headers. */
  | { mode: 'proxy'; bundle: string; upstream: string };

function argsOf(command: PrismCommand): string[] {
  const common = ['-h', '127.0.0.1', '-p', '0', '--errors=false'];
  if (command.mode === 'mock') return ['mock', command.bundle, ...common];
  // Only the replies are under test: the error triggers break the request on purpose, and Prism would report that.
  return ['proxy', command.bundle, command.upstream, ...common, '--validate-request=false'];
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill();
  });
}

export function startPrism(command: PrismCommand): Promise<PrismServer> {
  const child = spawn(process.execPath, [prismBin, ...argsOf(command)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (error: Error) => {
      clearTimeout(timer);
      void stop(child);
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new Error(`prism ${command.mode} did not start in time:\n${output}`)),
      START_TIMEOUT_MS,
    );
    child.once('exit', (code) => fail(new Error(`prism ${command.mode} exited with code ${code}:\n${output}`)));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = LISTENING.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      // Keep draining its per-request log so that it never blocks on a full pipe.
      child.stdout?.off('data', onData).resume();
      child.stderr?.off('data', onData).resume();
      resolve({ url, close: () => stop(child) });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
  });
}

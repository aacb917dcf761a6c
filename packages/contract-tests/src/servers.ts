/**
 * The servers under test, each on a free loopback port, started before a test file and stopped after it: the
 * sandbox, and Prism (`@stoplight/prism-cli`) as a child process, `prism mock` serving a bundle or `prism proxy`
 * validating a real server's replies against it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Sandbox, startSandbox } from '@error-contract/sandbox';
import { afterAll, beforeAll } from 'vitest';
import type { TriggerRecipe } from './trigger-recipes.ts';

/** The sandbox for one test file. */
export function useSandbox(): { readonly current: Sandbox } {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  return {
    get current() {
      if (!sandbox) throw new Error('The sandbox has not started yet.');
      return sandbox;
    },
  };
}

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

/** Prism servers for one test file, by name, started together. */
export function usePrism(commands: () => Record<string, PrismCommand>): (name: string) => PrismServer {
  const servers = new Map<string, PrismServer>();
  beforeAll(async () => {
    const started = await Promise.allSettled(
      Object.entries(commands()).map(async ([name, command]) => servers.set(name, await startPrism(command))),
    );
    const failed = started.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
  });
  afterAll(async () => {
    await Promise.all([...servers.values()].map((server) => server.close()));
  });
  return (name) => {
    const server = servers.get(name);
    if (!server) throw new Error(`No Prism server ${name} has started.`);
    return server;
  };
}

export interface Violation {
  location?: string[];
  severity?: string;
  message?: string;
}

/** What `prism proxy` reported about one reply in its `sl-violations` header (absent when it found nothing). */
export function violationsOf(reply: { headers: Headers } | undefined): Violation[] {
  const header = reply?.headers.get('sl-violations');
  if (!header) return [];
  try {
    return JSON.parse(header) as Violation[];
  } catch {
    // Prism cuts a header over 8 KB and says so in front of it.
    return [{ message: header }];
  }
}

const isUtf8 = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * A trigger recipe as it has to travel through `prism proxy`, or why it cannot. Prism parses an `application/json`
 * body itself before forwarding it: malformed JSON it answers on its own, and bytes that are not UTF-8 it decodes
 * and re-encodes. So a malformed JSON body travels as `text/plain` (the sandbox reads the body whatever its type),
 * and a body that is not UTF-8 cannot travel at all: its reply is checked against the spec by the end-to-end test.
 */
export function throughPrismProxy(recipe: TriggerRecipe): { recipe: TriggerRecipe } | { skipped: string } {
  const body = recipe.rewrite?.body;
  if (body instanceof Uint8Array && !isUtf8(body)) {
    return { skipped: 'Prism re-encodes a body that is not UTF-8 before forwarding it' };
  }
  if (typeof body === 'string' && !isJson(body)) {
    const headers = { ...recipe.rewrite?.headers, 'content-type': 'text/plain' };
    return { recipe: { ...recipe, rewrite: { ...recipe.rewrite, headers } } };
  }
  return { recipe };
}

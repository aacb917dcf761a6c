/**
 * The servers under test, each on a free loopback port, started before a test file and stopped after it: the
 * sandbox, and Prism (`@stoplight/prism-cli`) as a child process, `prism mock` serving a bundle or `prism proxy`
 * validating a real server's replies against it.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type ServerProcess, startServerProcess } from '@error-contract/docs/site-server';
import { type Sandbox, startSandbox } from '@error-contract/sandbox';
import { localHost } from '@error-contract/spec/local-sandbox';
import { afterAll, beforeAll } from 'vitest';
import type { ClientReproduction } from './client-reproductions.ts';

/** The sandbox for one test file; `options` as startSandbox takes them (its own config, say). */
export function useSandbox(options: Parameters<typeof startSandbox>[0] = {}): { readonly current: Sandbox } {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({ ...options, port: 0 });
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
// Generous: on a busy 2-core CI machine, where every package tests at once, Prism alone takes seconds to load.
const START_TIMEOUT_MS = 120_000;

export type PrismCommand =
  | { mode: 'mock'; bundle: string }
  /** `--errors=false`: Prism forwards every request and reports what it finds in `sl-violations` headers. */
  | { mode: 'proxy'; bundle: string; upstream: string };

function argsOf(command: PrismCommand): string[] {
  const common = ['-h', localHost, '-p', '0', '--errors=false'];
  if (command.mode === 'mock') return ['mock', command.bundle, ...common];
  // Only the replies are under test: the reproductions break the request on purpose, and Prism would report that.
  return ['proxy', command.bundle, command.upstream, ...common, '--validate-request=false'];
}

export function startPrism(command: PrismCommand): Promise<ServerProcess> {
  return startServerProcess({
    name: `prism ${command.mode}`,
    args: [prismBin, ...argsOf(command)],
    listening: /Prism is listening on (http:\/\/\S+)/,
    timeoutMs: START_TIMEOUT_MS,
  });
}

/** Prism servers for one test file, by name, started together. */
export function usePrism(commands: () => Record<string, PrismCommand>): (name: string) => ServerProcess {
  const servers = new Map<string, ServerProcess>();
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
 * A reproduction as it has to travel through `prism proxy`, or why it cannot. Prism parses an `application/json`
 * body itself before forwarding it: malformed JSON it answers on its own, and bytes that are not UTF-8 it decodes
 * and re-encodes. So a malformed JSON body travels as `text/plain` (the sandbox reads the body whatever its type),
 * and a body that is not UTF-8 cannot travel at all: its reply is checked against the spec by the end-to-end test.
 */
export function throughPrismProxy(
  reproduction: ClientReproduction,
): { reproduction: ClientReproduction } | { skipped: string } {
  const body = reproduction.rewrite?.body;
  if (body instanceof Uint8Array && !isUtf8(body)) {
    return { skipped: 'Prism re-encodes a body that is not UTF-8 before forwarding it' };
  }
  if (typeof body === 'string' && !isJson(body)) {
    const headers = { ...reproduction.rewrite?.headers, 'content-type': 'text/plain' };
    return { reproduction: { ...reproduction, rewrite: { ...reproduction.rewrite, headers } } };
  }
  return { reproduction };
}

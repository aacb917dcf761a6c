/**
 * Serves the built site with sirv-cli, the way `pnpm start` and the tests do: 127.0.0.1 only, ETags,
 * and the build's precompressed .br/.gz files. The child-process server behind it is shared: the contract tests
 * start Prism with it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { localHost } from '@error-contract/spec/local-sandbox';
import { siteDir } from './site-layout.ts';

export interface ServerProcess {
  /** The URL the server printed as the one it listens on. */
  url: string;
  process: ChildProcess;
  close(): Promise<void>;
}

export interface ServerProcessOptions {
  /** What to call it in errors, e.g. `prism mock`. */
  name: string;
  /** Node's arguments: the server's script, then its own. */
  args: readonly string[];
  /** Matches the line that says where it listens; its first group is the URL. */
  listening: RegExp;
  timeoutMs: number;
  /** Added to this process's environment (colour is always off, so the URL line parses). */
  env?: Readonly<Record<string, string>>;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill();
  });
}

/**
 * Starts a server as a Node child process and resolves once it prints the URL it listens on (on stdout or stderr).
 * It fails with the server's output when the server exits first or stays silent past `timeoutMs`. Its later output
 * is drained, so a server that logs every request never blocks on a full pipe.
 */
export function startServerProcess({
  name,
  args,
  listening,
  timeoutMs,
  env = {},
}: ServerProcessOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (error: Error) => {
      clearTimeout(timer);
      void stop(child);
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new Error(`${name} did not start within ${timeoutMs / 1000} s:\n${output}`)),
      timeoutMs,
    );
    child.once('exit', (code) => fail(new Error(`${name} exited with code ${code}:\n${output}`)));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = listening.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout?.off('data', onData).resume();
      child.stderr?.off('data', onData).resume();
      resolve({ url, process: child, close: () => stop(child) });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
  });
}

const sirvBin = join(dirname(createRequire(import.meta.url).resolve('sirv-cli/package.json')), 'bin.js');

export interface SiteServerOptions {
  dir?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

/** The site served by sirv; its `url` is the site root, ending with `/`. */
export async function startSiteServer({
  dir = siteDir,
  port = 0,
  host = localHost,
}: SiteServerOptions = {}): Promise<ServerProcess> {
  const server = await startServerProcess({
    name: 'sirv',
    args: [
      sirvBin,
      dir,
      '--host',
      host,
      '--port',
      String(port),
      '--etag',
      '--gzip',
      '--brotli',
      '--no-clear',
      '--no-logs',
    ],
    listening: /Local:\s+(http:\/\/\S+)/,
    timeoutMs: 10_000,
    // sirv-cli lets HOST and PORT in the environment win over its options: cleared, the options above count.
    env: { HOST: '', PORT: '' },
  });
  return { ...server, url: server.url.endsWith('/') ? server.url : `${server.url}/` };
}

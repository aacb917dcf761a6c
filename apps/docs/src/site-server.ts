/**
 * Serves the built site with sirv-cli, the way `pnpm start` and the tests do: 127.0.0.1 only, ETags,
 * and the build's precompressed .br/.gz files.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { siteDir } from './site-layout.ts';

const sirvBin = join(dirname(createRequire(import.meta.url).resolve('sirv-cli/package.json')), 'bin.js');
const LOCAL_URL = /Local:\s+(http:\/\/\S+)/;

export interface SiteServer {
  /** The site root, ending with `/`. */
  url: string;
  process: ChildProcess;
  close(): Promise<void>;
}

export interface SiteServerOptions {
  dir?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export function startSiteServer({
  dir = siteDir,
  port = 0,
  host = '127.0.0.1',
}: SiteServerOptions = {}): Promise<SiteServer> {
  const args = [
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
  ];
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', HOST: '', PORT: '' },
  });
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`sirv did not start within 10 s:\n${output}`)), 10_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    child.once('exit', (code) => fail(new Error(`sirv exited with code ${code}:\n${output}`)));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = LOCAL_URL.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      child.stderr?.resume();
      resolve({ url: url.endsWith('/') ? url : `${url}/`, process: child, close });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
  });
}

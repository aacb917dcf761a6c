/**
 * The docs site as `pnpm dev` serves it: the dev build's plain files from 127.0.0.1, never cached, HTML with the
 * live-reload script injected, and the live-reload channel itself.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import {
  CLIENT_SCRIPT_ROUTE,
  clientScript,
  EVENTS_ROUTE,
  injectLiveReload,
  type LiveReloadChannel,
} from './live-reload.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Shown until the first build succeeds, so the overlay has a page to appear on. */
const NO_BUILD_YET =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Building…</title></head><body><p>No good build yet: the docs appear here once the spec builds.</p></body></html>';

export interface DevServer {
  /** The site root, ending with `/`. */
  url: string;
  close(): Promise<void>;
}

export interface DevServerOptions {
  siteDir: string;
  channel: LiveReloadChannel;
  port: number;
  host?: string;
}

/** The file a request path names inside `siteDir`, or undefined when it would leave it. */
function fileOf(siteDir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const path = resolve(siteDir, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  return path === siteDir || path.startsWith(`${siteDir}${sep}`) ? path : undefined;
}

export async function startDevServer({
  siteDir,
  channel,
  port,
  host = '127.0.0.1',
}: DevServerOptions): Promise<DevServer> {
  const root = resolve(siteDir);
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (pathname === EVENTS_ROUTE) return channel.subscribe(response);
    const headers = { 'cache-control': 'no-store' };
    if (pathname === CLIENT_SCRIPT_ROUTE) {
      response.writeHead(200, { ...headers, 'content-type': CONTENT_TYPES['.js'] }).end(clientScript);
      return;
    }
    let path = fileOf(root, pathname);
    if (path && (await stat(path).catch(() => undefined))?.isDirectory()) path = join(path, 'index.html');
    const body = path ? await readFile(path).catch(() => undefined) : undefined;
    if (!body) {
      if (pathname === '/' || pathname === '/index.html') {
        response
          .writeHead(200, { ...headers, 'content-type': CONTENT_TYPES['.html'] })
          .end(injectLiveReload(NO_BUILD_YET));
        return;
      }
      response.writeHead(404, { ...headers, 'content-type': CONTENT_TYPES['.txt'] }).end('Not found\n');
      return;
    }
    const type = CONTENT_TYPES[extname(path ?? '')] ?? 'application/octet-stream';
    const content = type === CONTENT_TYPES['.html'] ? injectLiveReload(body.toString('utf8')) : body;
    response.writeHead(200, { ...headers, 'content-type': type });
    response.end(request.method === 'HEAD' ? undefined : content);
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address = server.address() as AddressInfo;
  return { url: `http://${host}:${address.port}/`, close: () => close(server, channel) };
}

function close(server: Server, channel: LiveReloadChannel): Promise<void> {
  channel.close();
  return new Promise((resolveClose) => {
    server.close(() => resolveClose());
    server.closeAllConnections();
  });
}

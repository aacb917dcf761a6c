import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type DevServer, startDevServer } from '../src/dev-server.ts';
import { CLIENT_SCRIPT_ROUTE, LiveReloadChannel } from '../src/live-reload.ts';

let siteDir: string;
let server: DevServer;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dev-server-'));
  siteDir = join(dir, 'site');
  mkdirSync(join(siteDir, 'idenfy'), { recursive: true });
  writeFileSync(
    join(siteDir, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body>home</body></html>',
  );
  writeFileSync(join(siteDir, 'idenfy', 'errors.md'), '# Errors\n');
  writeFileSync(join(dir, 'secret.txt'), 'outside the site');
  server = await startDevServer({ siteDir, channel: new LiveReloadChannel(), port: 0 });
});

afterAll(async () => {
  await server?.close();
  rmSync(join(siteDir, '..'), { recursive: true, force: true });
});

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise `..`). */
function get(path: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ host: hostname, port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']), body }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('the dev server', () => {
  test('listens on 127.0.0.1 only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  const html = 'text/html; charset=utf-8';
  const text = 'text/plain; charset=utf-8';
  test.each([
    ['the root', { given: '/', want: { status: 200, type: html, live: true } }],
    [
      'a Markdown twin',
      { given: '/idenfy/errors.md', want: { status: 200, type: 'text/markdown; charset=utf-8', live: false } },
    ],
    [
      'the live-reload script',
      { given: CLIENT_SCRIPT_ROUTE, want: { status: 200, type: 'text/javascript; charset=utf-8', live: false } },
    ],
    ['a missing file', { given: '/idenfy/missing.html', want: { status: 404, type: text, live: false } }],
    ['a path out of the site', { given: '/../secret.txt', want: { status: 404, type: text, live: false } }],
    [
      'an encoded path out of the site',
      { given: '/%2e%2e/secret.txt', want: { status: 404, type: text, live: false } },
    ],
    ['an escaped slash out of the site', { given: '/..%2fsecret.txt', want: { status: 404, type: text, live: false } }],
    ['a malformed escape', { given: '/%E0%A4%A.html', want: { status: 404, type: text, live: false } }],
  ])('answers %s', async (_name, { given, want }) => {
    const reply = await get(given);
    expect({ status: reply.status, type: reply.type, live: reply.body.includes(CLIENT_SCRIPT_ROUTE) }).toEqual(want);
    expect(reply.body).not.toContain('outside the site');
  });
});

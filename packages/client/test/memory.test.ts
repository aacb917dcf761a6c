/**
 * What the client holds of a reply whatever the server sends: a body that never ends, a gzip bomb and a brotli bomb,
 * over real HTTP (Node's fetch decodes them). Each call runs in a child process of its own, which measures how far
 * its resident memory grows while the call runs, so that nothing else in the test run counts.
 */
import { execFile } from 'node:child_process';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { constants, createBrotliCompress, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../src/generated/limits.ts';
import { localServer } from './support/local-server.ts';

const MiB = 1024 * 1024;
/** What a call may add to the process's resident memory, whatever the reply. */
const BUDGET = 64 * MiB;

/** Writes `chunk` `times` times (forever when Infinity), as fast as the socket takes it, until the client leaves. */
async function flood(response: ServerResponse, chunk: Buffer, times = Number.POSITIVE_INFINITY): Promise<void> {
  for (let sent = 0; sent < times && !response.destroyed; sent++) {
    if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve).once('close', resolve));
  }
  response.end();
}

/** 64 MiB of zeros in 64 KiB of gzip: one member, which the server repeats (gunzip reads members one after another). */
const gzipMember = gzipSync(Buffer.alloc(64 * MiB), { level: 9 });
/** 256 MiB of zeros as one brotli stream of a few hundred bytes, made once, the first time a test asks for it. */
let brotliBomb: Buffer | undefined;
async function brotli(): Promise<Buffer> {
  if (brotliBomb) return brotliBomb;
  const chunks: Buffer[] = [];
  const compress = createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
  compress.on('data', (chunk: Buffer) => chunks.push(chunk));
  const zeros = Buffer.alloc(MiB);
  await pipeline(async function* () {
    for (let i = 0; i < 256; i++) yield zeros;
  }, compress);
  brotliBomb = Buffer.concat(chunks);
  return brotliBomb;
}

const server = localServer({
  '/small/api/v2/status': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"status":"APPROVED","scanRef":"s","clientId":"c"}');
  },
  '/endless/api/v2/status': (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    return flood(response, Buffer.alloc(64 * 1024, ' '));
  },
  '/gzip/api/v2/status': (_request, response) => {
    response.writeHead(400, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    return flood(response, gzipMember, 160);
  },
  '/brotli/api/v2/status': async (_request, response) => {
    const body = await brotli();
    response.writeHead(502, { 'content-type': 'text/html', 'content-encoding': 'br', 'content-length': body.length });
    response.end(body);
  },
});

/**
 * The child: a warm-up call, then the measured call, sampling the resident set size every 2 ms. It gives up (and
 * says so) past 512 MiB, so that a client without a bound cannot take the machine down.
 */
const child = `
const [entry, origin, path] = process.argv.slice(1);
const { createIdenfyClient } = await import(entry);
const client = (root) => createIdenfyClient({ apiKey: 'memory-key', apiSecret: 'memory-secret-0123', baseUrl: origin + root, maxRetries: 0, timeoutMs: 20000 });
await client('/small').getVerificationStatus({ scanRef: 's' });
const start = process.memoryUsage().rss;
let peak = start;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
  if (peak - start > 512 * 1024 * 1024) {
    process.stdout.write(JSON.stringify({ kind: 'gave up', growth: peak - start }));
    process.exit(0);
  }
}, 2);
const result = await client(path).getVerificationStatus({ scanRef: 's' });
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
process.stdout.write(JSON.stringify({ kind: result.kind, reason: result.reason, bodyLength: result.body?.length, growth: peak - start }));
`;

const entry = new URL('../dist/generated/idenfy/index.js', import.meta.url).href;

async function callInChild(path: string) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '--eval', child, entry, server.origin(), path],
    { timeout: 60_000 },
  );
  return JSON.parse(stdout) as { kind: string; reason?: string; bodyLength?: number; growth: number };
}

describe('a reply larger than the read limit', () => {
  it.each([
    ['a fast body that never ends', '/endless'],
    ['a gzip bomb (10 MiB that decode to 10 GiB)', '/gzip'],
    ['a brotli bomb (a few hundred bytes that decode to 256 MiB)', '/brotli'],
  ])(
    '%s is an unexpected response, too-large, and grows memory by less than 64 MiB',
    async (_name, path) => {
      const result = await callInChild(path);
      expect(result).toMatchObject({ kind: 'unexpected-response', reason: 'too-large', bodyLength: 4096 });
      expect(result.growth).toBeLessThan(BUDGET);
      expect(BUDGET).toBeGreaterThan(4 * MAX_BODY_BYTES);
    },
    90_000,
  );
});

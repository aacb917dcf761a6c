import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brotliQualityOf, precompress } from '../src/precompress.ts';

let dir: string;
const siteDir = () => join(dir, 'site');
const cacheDir = () => join(dir, 'cache');
const page = (name: string) => join(siteDir(), name);

function writeSite(files: Record<string, string>): void {
  rmSync(siteDir(), { recursive: true, force: true });
  mkdirSync(join(siteDir(), 'assets'), { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(page(name), content);
}

const site = {
  'index.html': '<h1>Standard API errors</h1>'.repeat(50),
  'assets/redoc.js': 'function render() {}\n'.repeat(5000),
  'logo.png': 'not text',
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  writeSite(site);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precompress', () => {
  it('writes .gz and .br twins of the text files that decompress to the file', async () => {
    expect(await precompress(siteDir(), cacheDir())).toEqual({ files: 2, reused: 0 });
    for (const name of ['index.html', 'assets/redoc.js']) {
      expect(gunzipSync(readFileSync(`${page(name)}.gz`)).toString()).toBe(site[name as keyof typeof site]);
      expect(brotliDecompressSync(readFileSync(`${page(name)}.br`)).toString()).toBe(site[name as keyof typeof site]);
    }
    expect(existsSync(`${page('logo.png')}.gz`)).toBe(false);
  });

  it('takes the twins of unchanged files from the cache, byte for byte as compressed', async () => {
    await precompress(siteDir(), cacheDir());
    const first = readFileSync(page('assets/redoc.js.br'));
    writeSite(site);
    expect(await precompress(siteDir(), cacheDir())).toEqual({ files: 2, reused: 4 });
    expect(readFileSync(page('assets/redoc.js.br')).equals(first)).toBe(true);
  });

  it('compresses a changed file afresh', async () => {
    await precompress(siteDir(), cacheDir());
    writeSite({ ...site, 'index.html': '<h1>Edited</h1>' });
    expect(await precompress(siteDir(), cacheDir())).toEqual({ files: 2, reused: 2 });
    expect(brotliDecompressSync(readFileSync(page('index.html.br'))).toString()).toBe('<h1>Edited</h1>');
  });

  it('drops twins no build used for a day, and keeps the ones it uses', async () => {
    await precompress(siteDir(), cacheDir());
    const dayAndAMinuteAgo = new Date(Date.now() - 24 * 60 * 60 * 1000 - 60_000);
    for (const name of readdirSync(cacheDir())) utimesSync(join(cacheDir(), name), dayAndAMinuteAgo, dayAndAMinuteAgo);
    writeSite({ ...site, 'index.html': '<h1>Edited</h1>' });
    expect(await precompress(siteDir(), cacheDir())).toEqual({ files: 2, reused: 2 });
    expect(readdirSync(cacheDir())).toHaveLength(4);
    writeSite(site);
    expect((await precompress(siteDir(), cacheDir())).reused).toBe(2);
  });

  it.each([
    { what: 'a page of a usual size', route: 'idenfy/handbook.html', bytes: 300_000, want: 11 },
    { what: 'a page over 1 MiB', route: 'idenfy/llms-full.txt', bytes: 4_000_000, want: 9 },
    {
      what: 'the Redoc script, an asset',
      route: 'assets/redoc.standalone.0123456789ab.js',
      bytes: 2_300_000,
      want: 11,
    },
  ])('gives $what brotli quality $want', ({ route, bytes, want }) => {
    expect(brotliQualityOf(route, bytes)).toBe(want);
  });
});

/**
 * Writes `.gz` and `.br` twins of the site's text files at maximum compression, once at build time;
 * the static server (sirv --gzip --brotli) sends them to browsers that accept them.
 * The compressed bytes are kept by content hash, so a file that did not change (above all the 2.3 MB Redoc script)
 * is not compressed again; both compressors are deterministic, so a kept twin equals a fresh one byte for byte.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { appDir } from './site-layout.ts';

const COMPRESSIBLE = /\.(html|js|css|svg|json|yaml|md|txt)$/;
const defaultCacheDir = join(appDir, 'node_modules', '.cache', 'precompressed');
/** A kept twin nobody used for this long is removed, so the cache holds about one site's worth of files. */
const KEEP_UNUSED_MS = 24 * 60 * 60 * 1000;

const compressors = {
  gz: (content: Buffer) => gzipSync(content, { level: constants.Z_BEST_COMPRESSION }),
  br: (content: Buffer) =>
    brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
};

export interface PrecompressResult {
  files: number;
  /** Twins taken from the cache instead of compressed. */
  reused: number;
}

/** The twin kept for `key`, or a fresh one, which is then kept (written under a temporary name, then renamed). */
function twin(cacheDir: string, key: string, compress: () => Buffer): { bytes: Buffer; reused: boolean } {
  const kept = join(cacheDir, key);
  try {
    const bytes = readFileSync(kept);
    const now = new Date();
    utimesSync(kept, now, now);
    return { bytes, reused: true };
  } catch {
    const bytes = compress();
    const temporary = `${kept}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, kept);
    return { bytes, reused: false };
  }
}

function removeUnused(cacheDir: string, now: number): void {
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    try {
      if (now - statSync(path).mtimeMs > KEEP_UNUSED_MS) rmSync(path, { force: true });
    } catch {
      // Another build removed or replaced it meanwhile.
    }
  }
}

export function precompress(dir: string, cacheDir = defaultCacheDir): PrecompressResult {
  mkdirSync(cacheDir, { recursive: true });
  const result = { files: 0, reused: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const content = readFileSync(path);
    const hash = createHash('sha256').update(content).digest('hex');
    for (const [extension, compress] of Object.entries(compressors)) {
      const { bytes, reused } = twin(cacheDir, `${hash}.${extension}`, () => compress(content));
      writeFileSync(`${path}.${extension}`, bytes);
      if (reused) result.reused += 1;
    }
    result.files += 1;
  }
  removeUnused(cacheDir, Date.now());
  return result;
}

/**
 * Writes `.gz` and `.br` twins of the site's text files, once at build time; the static server
 * (sirv --gzip --brotli) sends them to browsers that accept them.
 * - Brotli runs at its maximum quality, except on pages over 1 MiB (the handbook and machine-readable files of a
 *   large API), where quality 11 takes seconds per file for a few percent: they get quality 9. The site's assets,
 *   the Redoc script above all, always get the maximum: they change with a dependency, not with the spec.
 * - The compressed bytes are kept by content hash and quality, so a file that did not change is not compressed
 *   again; the compressors are deterministic, so a kept twin equals a fresh one byte for byte.
 * - Files are compressed on zlib's thread pool, several at once.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { appDir, assetsRoute } from './site-layout.ts';

const COMPRESSIBLE = /\.(html|js|css|svg|json|yaml|md|txt)$/;
const defaultCacheDir = join(appDir, 'node_modules', '.cache', 'precompressed');
/** A kept twin nobody used for this long is removed, so the cache holds about one site's worth of files. */
const KEEP_UNUSED_MS = 24 * 60 * 60 * 1000;
const LARGE_PAGE_BYTES = 1024 * 1024;
const LARGE_PAGE_BROTLI_QUALITY = 9;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The twins `precompress` writes beside a file: a `.gz` and a `.br` of a text file, none of anything else. */
export function twinsOf(path: string): string[] {
  return COMPRESSIBLE.test(path) ? [`${path}.gz`, `${path}.br`] : [];
}

export function brotliQualityOf(route: string, bytes: number): number {
  const asset = route.startsWith(`${assetsRoute}/`);
  return asset || bytes <= LARGE_PAGE_BYTES ? constants.BROTLI_MAX_QUALITY : LARGE_PAGE_BROTLI_QUALITY;
}

export interface PrecompressResult {
  files: number;
  /** Twins taken from the cache instead of compressed. */
  reused: number;
}

/** The twin kept under `key`, or a fresh one, which is then kept (written under a temporary name, then renamed). */
async function twin(cacheDir: string, key: string, compress: () => Promise<Buffer>) {
  const kept = join(cacheDir, key);
  try {
    const bytes = readFileSync(kept);
    const now = new Date();
    utimesSync(kept, now, now);
    return { bytes, reused: true };
  } catch {
    const bytes = await compress();
    const temporary = `${kept}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
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

export async function precompress(dir: string, cacheDir = defaultCacheDir): Promise<PrecompressResult> {
  mkdirSync(cacheDir, { recursive: true });
  const paths = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  const twins = await Promise.all(
    paths.flatMap((path) => {
      const content = readFileSync(path);
      const hash = createHash('sha256').update(content).digest('hex');
      const quality = brotliQualityOf(relative(dir, path).replaceAll('\\', '/'), content.length);
      const compressors = {
        gz: () => gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
        br: () =>
          brotli(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: quality,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
      };
      return Object.entries(compressors).map(async ([extension, compress]) => {
        const key = extension === 'br' ? `${hash}.q${quality}.br` : `${hash}.${extension}`;
        const { bytes, reused } = await twin(cacheDir, key, compress);
        writeFileSync(`${path}.${extension}`, bytes);
        return reused;
      });
    }),
  );
  removeUnused(cacheDir, Date.now());
  return { files: paths.length, reused: twins.filter(Boolean).length };
}

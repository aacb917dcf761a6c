/**
 * Writes a site's files into its folder, leaving it holding those files alone (and, when compressed, their twins).
 * A rebuild after a one-line edit changes a few pages of a site whose files weigh megabytes (the Redoc script, the
 * bundles, the handbook), three sites at a time: a file that already holds its bytes is not written again, and only
 * what the site no longer has is removed, instead of removing the folder and writing it all anew.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { precompress, twinsOf } from './precompress.ts';

/** A site's files, by route (a path under the site's root). */
export type Files = Map<string, string | Buffer>;

function holds(path: string, content: string | Buffer): boolean {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  try {
    return statSync(path).size === bytes.length && readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

/**
 * Makes `dir` hold exactly the files of `parts` (a later part's file wins a route both have), each with its twins
 * when `compress` (`precompress`).
 */
export async function writeSite(dir: string, parts: readonly Files[], compress: boolean): Promise<void> {
  const wanted = new Map<string, string | Buffer>();
  for (const files of parts) for (const [route, content] of files) wanted.set(join(dir, route), content);
  const kept = new Set(wanted.keys());
  if (compress) for (const path of wanted.keys()) for (const twin of twinsOf(path)) kept.add(twin);

  mkdirSync(dir, { recursive: true });
  // Deepest first, so that a folder left empty is seen empty.
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((entry) => ({ path: join(entry.parentPath, entry.name), isDirectory: entry.isDirectory() }))
    .sort((a, b) => b.path.length - a.path.length);
  for (const { path, isDirectory } of entries) {
    if (!isDirectory && !kept.has(path)) rmSync(path, { force: true });
    else if (isDirectory && (wanted.has(path) || readdirSync(path).length === 0)) rmSync(path, { recursive: true });
  }
  for (const [path, content] of wanted) {
    if (holds(path, content)) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  if (compress) await precompress(dir);
}

/** Writes a tree of files touching only what changed, so watchers, ETags and the reload channel see real changes only. */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** Every file under `dir` by its path relative to `dir`, with `/` separators; empty when `dir` does not exist. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split(sep).join('/'), readFileSync(path));
  }
  return files;
}

/**
 * Makes `dir` hold exactly `files`: writes the new and changed ones, removes the ones that are gone unless `keep`
 * says otherwise. Returns the paths written or removed, sorted.
 */
export function writeTree(
  dir: string,
  files: ReadonlyMap<string, string | Buffer>,
  keep: (path: string) => boolean = () => false,
): string[] {
  const existing = readTree(dir);
  const changed: string[] = [];
  for (const [path, content] of files) {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    if (existing.get(path)?.equals(bytes)) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
    changed.push(path);
  }
  for (const path of existing.keys()) {
    if (files.has(path) || keep(path)) continue;
    rmSync(join(dir, path), { force: true });
    changed.push(path);
  }
  return changed.sort();
}

/**
 * Content hashes of what a code generation run read and wrote. The next run compares them with the files as they are
 * now: equal inputs and untouched outputs mean generating again would write the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Absolute path → SHA-256 of its content, or `missing`. */
export type FileHashes = Record<string, string>;

export interface Fingerprint {
  inputs: FileHashes;
  outputs: FileHashes;
}

const MISSING = 'missing';

/** Every file under each path (a file stands for itself), sorted; a path that does not exist gives none. */
export function filesUnder(paths: readonly string[]): string[] {
  const files = paths.flatMap((path) => {
    if (!existsSync(path)) return [];
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  });
  return [...new Set(files)].sort();
}

export function hashFiles(paths: readonly string[]): FileHashes {
  return Object.fromEntries(
    paths.map((path) => [
      path,
      existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : MISSING,
    ]),
  );
}

function sameHashes(a: FileHashes, b: FileHashes): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** The recorded run read these same inputs, and every file it wrote still has the content it wrote. */
export function isCurrent(recorded: Fingerprint | undefined, inputs: FileHashes): boolean {
  if (!recorded || !sameHashes(recorded.inputs, inputs)) return false;
  return sameHashes(recorded.outputs, hashFiles(Object.keys(recorded.outputs)));
}

/** The fingerprint recorded at `path`, or none when it is missing or unreadable (then everything is generated). */
export function readFingerprint(path: string): Fingerprint | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<Fingerprint>;
    return value.inputs && value.outputs ? { inputs: value.inputs, outputs: value.outputs } : undefined;
  } catch {
    return undefined;
  }
}

export function writeFingerprint(path: string, fingerprint: Fingerprint): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(fingerprint, null, 2)}\n`);
}

/** How much text a docs site holds: what a reader or a crawler fetches uncompressed, and its precompressed twins. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The site's text files: pages, their Markdown twins, the machine-readable files (the Arazzo document, YAML,
 * included), scripts and styles.
 */
const TEXT_FILE = /\.(html|json|yaml|md|txt|js|css)$/;

export interface SiteText {
  /** Uncompressed bytes of every text file. */
  bytes: number;
  /** Bytes of their `.gz` and `.br` twins (the build writes them; they are not text). */
  gzip: number;
  brotli: number;
  /** Each text file and its bytes, the largest first. */
  files: Array<{ route: string; bytes: number }>;
}

export function siteText(dir: string): SiteText {
  const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && TEXT_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    bytes: sum(files.map(size)),
    gzip: sum(files.map((path) => size(`${path}.gz`))),
    brotli: sum(files.map((path) => size(`${path}.br`))),
    files: files
      .map((path) => ({ route: relative(dir, path).replaceAll('\\', '/'), bytes: size(path) }))
      .sort((a, b) => b.bytes - a.bytes || a.route.localeCompare(b.route)),
  };
}

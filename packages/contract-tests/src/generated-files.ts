/** Clients against the spec, as source: the files regenerated from the current spec equal the committed ones. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problem } from './problem.ts';

/** Generated files by path relative to the generated folder (`idenfy/catalog.ts`). */
export type GeneratedFiles = ReadonlyMap<string, Buffer>;

export function readFiles(dir: string, paths: readonly string[]): GeneratedFiles {
  return new Map(paths.map((path) => [path, readFileSync(join(dir, path))]));
}

/** `idenfy/catalog.ts` → `idenfy: generated client file catalog.ts`. */
function where(path: string): string {
  const [brand, ...rest] = path.split('/');
  return rest.length > 0 ? `${brand}: generated client file ${rest.join('/')}` : `generated client file ${path}`;
}

export function generatedFileProblems(fresh: GeneratedFiles, committed: GeneratedFiles, source: string): string[] {
  const problems: string[] = [];
  for (const [path, content] of fresh) {
    const existing = committed.get(path);
    if (!existing) problems.push(problem(where(path), `to be ${source}`, 'no such file (run `pnpm generate`)'));
    else if (!existing.equals(content)) {
      problems.push(
        problem(where(path), 'the bytes regenerated from the spec', `a stale copy ${source} (run \`pnpm generate\`)`),
      );
    }
  }
  for (const path of committed.keys()) {
    if (!fresh.has(path))
      problems.push(problem(where(path), 'no such file (the spec no longer generates it)', `one ${source}`));
  }
  return problems;
}

/** A throw-away copy of the spec and redocly.yaml for the dev loop to watch, edited as the author's editor would. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copySpec as copyWorkspaceSpec } from '@error-contract/spec/workspace';

export interface SpecCopy {
  root: string;
  /** Replaces the one occurrence of `from` in a file of the copied spec (e.g. `components/schemas/X.yaml`). */
  replace(file: string, from: string, to: string): void;
  remove(): void;
}

export function copySpec(): SpecCopy {
  const root = mkdtempSync(join(tmpdir(), 'error-contract-dev-spec-'));
  copyWorkspaceSpec(root);
  return {
    root,
    replace(file, from, to) {
      const path = join(root, 'spec', file);
      const text = readFileSync(path, 'utf8');
      const at = text.indexOf(from);
      if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" is not in ${file} exactly once.`);
      writeFileSync(path, text.replace(from, to));
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

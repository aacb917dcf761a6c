/** A throw-away copy of the spec and redocly.yaml for the dev loop to watch, edited as the author's editor would. */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { copySpec as copyWorkspaceSpec } from '@error-contract/spec/workspace';

/**
 * How an editor saves: `in place` writes into the file (VS Code, nano); `by replacing` writes a temporary file
 * beside it and renames it over the file, as `sed -i`, vim and JetBrains' safe write do.
 */
export type SaveMode = 'in place' | 'by replacing';

export interface SpecCopy {
  root: string;
  /** Replaces the one occurrence of `from` in a file of the copied spec (e.g. `components/schemas/X.yaml`). */
  replace(file: string, from: string, to: string, mode?: SaveMode): void;
  /** The text of a file of the copied spec. */
  read(file: string): string;
  /** Writes a new file into the copied spec. */
  create(file: string, text: string): void;
  /** Deletes a file of the copied spec. */
  remove(file: string): void;
  /** Deletes the whole copy. */
  discard(): void;
}

export function copySpec(): SpecCopy {
  const root = mkdtempSync(join(tmpdir(), 'error-contract-dev-spec-'));
  copyWorkspaceSpec(root);
  const pathOf = (file: string) => join(root, 'spec', file);
  return {
    root,
    replace(file, from, to, mode = 'in place') {
      const path = pathOf(file);
      const text = readFileSync(path, 'utf8');
      const at = text.indexOf(from);
      if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" is not in ${file} exactly once.`);
      if (mode === 'in place') return writeFileSync(path, text.replace(from, to));
      // The temporary file's name as `sed -i` picks it: beside the file, so the rename is atomic.
      const temporary = join(dirname(path), `sed${basename(path).length}${Date.now().toString(36)}`);
      writeFileSync(temporary, text.replace(from, to));
      renameSync(temporary, path);
    },
    read(file) {
      return readFileSync(pathOf(file), 'utf8');
    },
    create(file, text) {
      writeFileSync(pathOf(file), text);
    },
    remove(file) {
      rmSync(pathOf(file));
    },
    discard() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

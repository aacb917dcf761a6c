/** A throw-away copy of the spec and redocly.yaml, to prove the lint rules reject a broken contract. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { buildBrands, lintBundles, lintSources, unreferencedReproductions } from '../../src/pipeline.ts';
import { copySpec as copyWorkspaceSpec } from '../../src/workspace.ts';

// biome-ignore lint/suspicious/noExplicitAny: mutations reach anywhere into arbitrary YAML on purpose.
export type YamlDocument = Record<string, any>;

export interface FixtureSpec {
  dir: string;
  /** Rewrites one YAML file of the copied spec, e.g. `paths/api_v2_status.yaml`. */
  edit(file: string, change: (document: YamlDocument) => void): void;
  /** Lints the sources and, if they pass, builds the bundles and lints them: the pipeline's verdict. */
  check(): Promise<{ ok: boolean; output: string }>;
  remove(): void;
}

export function copySpec(): FixtureSpec {
  const dir = mkdtempSync(join(tmpdir(), 'error-contract-fixture-'));
  const { configPath, specDir } = copyWorkspaceSpec(dir);
  return {
    dir,
    edit(file, change) {
      const path = join(specDir, file);
      const document = parse(readFileSync(path, 'utf8'));
      change(document);
      writeFileSync(path, stringify(document));
    },
    async check() {
      const outDir = join(dir, 'dist');
      const sources = await lintSources({ configPath });
      const unreferenced = unreferencedReproductions(specDir);
      if (!sources.ok || unreferenced.length > 0) {
        return { ok: false, output: [sources.output, ...unreferenced].join('\n') };
      }
      await buildBrands({ configPath, outDir });
      return lintBundles({ configPath, outDir });
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A throw-away copy of the spec and redocly.yaml, to prove the lint rules reject a broken contract. */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { redoclyConfigPath, specDir } from '../../src/locations.ts';
import { buildBrands, lintBundles, lintSources } from '../../src/pipeline.ts';

// biome-ignore lint/suspicious/noExplicitAny: mutations reach anywhere into arbitrary YAML on purpose.
export type YamlDocument = Record<string, any>;

const SPEC_SOURCES = ['openapi.yaml', 'paths', 'components', 'plugins', 'code_samples', 'reproductions', 'src'];

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
  for (const source of SPEC_SOURCES) cpSync(join(specDir, source), join(dir, 'spec', source), { recursive: true });
  // The plugin reads the reproductions with the spec package's own yaml and ajv.
  symlinkSync(join(specDir, 'node_modules'), join(dir, 'spec', 'node_modules'), 'dir');
  const configPath = join(dir, 'redocly.yaml');
  cpSync(redoclyConfigPath, configPath);
  return {
    dir,
    edit(file, change) {
      const path = join(dir, 'spec', file);
      const document = parse(readFileSync(path, 'utf8'));
      change(document);
      writeFileSync(path, stringify(document));
    },
    async check() {
      const outDir = join(dir, 'dist');
      const sources = await lintSources({ configPath });
      if (!sources.ok) return sources;
      await buildBrands({ configPath, outDir });
      return lintBundles({ configPath, outDir });
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

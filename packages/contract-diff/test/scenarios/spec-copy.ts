/**
 * A scenario's spec: a copy of the work tree's spec (`copySpec`), edited through yaml's Document API so the rest of
 * each file stays as it was, and built into both brands' bundles by the same pipeline as `pnpm build`.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrandBundle } from '@error-contract/spec/bundle';
import { buildBrands } from '@error-contract/spec/pipeline';
import { editYaml } from '@error-contract/spec/test/add-brand';
import { bundlePath, catalogSourceFile, copySpec, loadBundle } from '@error-contract/spec/workspace';
import type { Document } from 'yaml';

/** A spec file's YAML document, to edit in place. */
export type YamlDocument = Document.Parsed;

export interface SpecCopy {
  /** Edits a file of the copy's spec, e.g. `components/schemas/ClientId.yaml`. */
  edit(path: string, change: (document: YamlDocument) => void): void;
  /** Edits the error catalog (`x-error-catalog` of ErrorIdentifier.yaml). */
  editCatalog(change: (document: YamlDocument) => void): void;
  read(path: string): string;
  write(path: string, text: string): void;
}

export interface BuiltSpec {
  configPath: string;
  /** Where the bundles are: `<specDistDir>/<brand>/openapi.json`. */
  specDistDir: string;
  bundles: Map<string, BrandBundle>;
  bundlePath(brand: string): string;
}

/** Copies the spec and applies `change`; the copy's redocly.yaml lints and bundles it. */
export function editedSpec(change: (spec: SpecCopy) => void): { root: string; configPath: string } {
  const root = mkdtempSync(join(tmpdir(), 'contract-diff-scenario-'));
  const { configPath } = copySpec(root);
  const edit = (path: string, apply: (document: YamlDocument) => void) =>
    editYaml(root, `spec/${path}`, (document) => apply(document as YamlDocument));
  change({
    edit,
    editCatalog: (apply) => edit(catalogSourceFile, apply),
    read: (path) => readFileSync(join(root, 'spec', path), 'utf8'),
    write: (path, text) => writeFileSync(join(root, 'spec', path), text),
  });
  return { root, configPath };
}

/** Copies the spec, applies `change` and builds the bundles of every brand. */
export async function buildSpec(change: (spec: SpecCopy) => void): Promise<BuiltSpec> {
  const { root, configPath } = editedSpec(change);
  const specDistDir = join(root, 'dist');
  const brands = await buildBrands({ configPath, outDir: specDistDir });
  return {
    configPath,
    specDistDir,
    bundles: new Map(brands.map((brand) => [brand, loadBundle(brand, specDistDir)])),
    bundlePath: (brand) => bundlePath(brand, 'json', specDistDir),
  };
}

/**
 * The client package's own code generator, loaded from wherever the workspace installed the package: it is not
 * part of the client's public exports (it is not published), so it is found through the package's location.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The parts of packages/client/codegen/generate.ts the contract tests use. */
export interface ClientCodegen {
  /** Where the committed generated files live. */
  generatedDir: string;
  /** Replaces `outDir`'s contents with files freshly generated from the spec's bundles. */
  writeGenerated(outDir: string): Promise<string[]>;
  /** Every file under `dir`, relative to it, sorted. */
  listFiles(dir: string): string[];
}

export const clientPackageDir = dirname(createRequire(import.meta.url).resolve('@error-contract/client/package.json'));

export async function loadClientCodegen(): Promise<ClientCodegen> {
  return (await import(pathToFileURL(join(clientPackageDir, 'codegen', 'generate.ts')).href)) as ClientCodegen;
}

/** Runs the generators unless the fingerprint of their last run shows nothing they read or wrote has changed. */
import { filesUnder, hashFiles, isCurrent, readFingerprint, writeFingerprint } from './fingerprint.ts';

export interface Generator {
  name: string;
  /** Files and folders whose content decides the output (sources, bundles, the lockfile). */
  reads: readonly string[];
  /** Writes the generated files and returns their absolute paths. */
  write(): Promise<string[]>;
}

export interface CodegenOptions {
  generators: readonly Generator[];
  /** Where the fingerprint of the last run is kept. */
  fingerprintPath: string;
  /** Generate even when the fingerprint says the files are current. */
  force?: boolean;
}

export interface CodegenResult {
  skipped: boolean;
  written: string[];
}

export async function runCodegen({
  generators,
  fingerprintPath,
  force = false,
}: CodegenOptions): Promise<CodegenResult> {
  const inputs = hashFiles(filesUnder(generators.flatMap((generator) => generator.reads)));
  if (!force && isCurrent(readFingerprint(fingerprintPath), inputs)) return { skipped: true, written: [] };
  const written: string[] = [];
  for (const generator of generators) written.push(...(await generator.write()));
  writeFingerprint(fingerprintPath, { inputs, outputs: hashFiles(written) });
  return { skipped: false, written };
}

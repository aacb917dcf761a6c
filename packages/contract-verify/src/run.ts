/**
 * One `contract:verify` run: against a given server, or against a sandbox it starts on a free loopback port; writes
 * the reports (masked) and says whether the run failed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SandboxOptions, startSandbox } from '@error-contract/sandbox';
import type { BrandBundle } from '@error-contract/spec/bundle';
import { createMasker, credentialsFromEnv, sandboxCredentials } from './credentials.ts';
import { jsonReport, junitReport, markdownReport, runFailed, textReport } from './reports.ts';
import { type BrandResult, type BrandTarget, brandsToVerify, verifyBrands } from './verify.ts';

export interface RunOptions {
  /** Defaults to every published brand. */
  brands?: string[];
  /** The brand's API root; without it the run starts the sandbox. */
  server?: string;
  env?: NodeJS.ProcessEnv;
  allowEffects?: boolean;
  /** Requests per second at most, per brand (default 20 for a server, 200 for the run's own sandbox). */
  rate?: number;
  /** Per request, in ms (default 10,000). */
  timeoutMs?: number;
  /** Where the reports and Arazzo documents go; none are written without it. */
  outDir?: string;
  /** For tests: how the run's own sandbox starts (e.g. a trigger switched off), and what it reads. */
  sandbox?: Omit<SandboxOptions, 'port' | 'host'>;
  bundles?: Readonly<Record<string, BrandBundle>>;
}

export interface RunResult {
  results: BrandResult[];
  /** The terminal report, masked. */
  text: string;
  failed: boolean;
}

export const reportFiles = {
  json: 'contract-verify.json',
  junit: 'contract-verify.junit.xml',
  markdown: 'contract-verify.md',
} as const;

export async function runVerify(options: RunOptions = {}): Promise<RunResult> {
  const brands = brandsToVerify(options.brands ?? []);
  const env = options.env ?? process.env;
  const sandbox = options.server ? undefined : await startSandbox({ ...options.sandbox, port: 0, host: '127.0.0.1' });
  const credentials = sandbox ? sandboxCredentials(sandbox) : credentialsFromEnv(env);
  const mask = createMasker(credentials);
  try {
    const targets: BrandTarget[] = brands.map((brand) => ({
      brand,
      server: sandbox ? sandbox.brandUrl(brand) : (options.server as string),
      sandbox: sandbox !== undefined,
      credentials,
    }));
    const results = await verifyBrands(targets, {
      allowEffects: options.allowEffects ?? false,
      rate: options.rate ?? (sandbox ? 200 : 20),
      timeoutMs: options.timeoutMs ?? 10_000,
      outDir: options.outDir,
      bundles: options.bundles,
    });
    if (options.outDir) {
      mkdirSync(options.outDir, { recursive: true });
      writeFileSync(join(options.outDir, reportFiles.json), mask(jsonReport(results)));
      writeFileSync(join(options.outDir, reportFiles.junit), mask(junitReport(results)));
      writeFileSync(join(options.outDir, reportFiles.markdown), mask(markdownReport(results)));
    }
    return {
      results: JSON.parse(mask(JSON.stringify(results))),
      text: mask(textReport(results)),
      failed: runFailed(results),
    };
  } finally {
    await sandbox?.close();
  }
}

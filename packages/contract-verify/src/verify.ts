/**
 * A run: per brand, the declared cells of its reachability matrix are planned, sent through the gate (respect for
 * what an Arazzo document can say, the raw runner for the rest), and every reply is checked against the contract.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { BrandBundle } from '@error-contract/spec/bundle';
import { matrixOf } from '@error-contract/spec/reproductions';
import { bundlePath, loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { stringify } from 'yaml';
import { arazzoDocument, roleEnv, sourceName } from './arazzo.ts';
import type { Credentials } from './credentials.ts';
import { openGate } from './gate.ts';
import { planRun } from './plan.ts';
import { runRaw } from './raw-runner.ts';
import { lintArazzo, runRespect } from './respect.ts';
import { type CellResult, type EngineOutcome, verdicts } from './verdicts.ts';

export interface BrandResult {
  brand: string;
  server: string;
  operations: string[];
  identifiers: string[];
  cells: CellResult[];
  /** Problems of the run itself (the Arazzo document failed lint, respect did not run). */
  errors: string[];
}

export interface BrandTarget {
  brand: string;
  /** The brand's API root. */
  server: string;
  /** Whether it is the sandbox this run started. */
  sandbox: boolean;
  credentials: Credentials;
}

export interface VerifyOptions {
  allowEffects: boolean;
  /** Requests per second at most, per brand. */
  rate: number;
  timeoutMs: number;
  /** Where the Arazzo documents are written; a temporary folder otherwise. */
  outDir?: string;
  bundles?: Readonly<Record<string, BrandBundle>>;
}

export function brandsToVerify(requested: readonly string[]): string[] {
  const brands = publishedBrands();
  const unknown = requested.filter((brand) => !brands.includes(brand));
  if (unknown.length > 0) throw new Error(`Unknown brand ${unknown.join(', ')}; the brands are ${brands.join(', ')}.`);
  return requested.length > 0 ? [...requested] : brands;
}

export async function verifyBrands(targets: readonly BrandTarget[], options: VerifyOptions): Promise<BrandResult[]> {
  const workDir = mkdtempSync(join(tmpdir(), 'contract-verify-'));
  const outDir = options.outDir ?? workDir;
  mkdirSync(outDir, { recursive: true });
  try {
    const prepared = targets.map((target) => {
      const bundle = options.bundles?.[target.brand] ?? loadBundle(target.brand);
      const bundleFile = options.bundles?.[target.brand]
        ? join(workDir, `${target.brand}.openapi.json`)
        : bundlePath(target.brand, 'json');
      if (options.bundles?.[target.brand]) writeFileSync(bundleFile, JSON.stringify(bundle));
      return { target, bundle, bundleFile, matrix: matrixOf(bundle) };
    });
    const gates = await Promise.all(
      prepared.map(({ target }) =>
        openGate({ target: target.server, rate: options.rate, timeoutMs: options.timeoutMs }),
      ),
    );
    try {
      const documents = prepared.map(({ target, bundle, bundleFile, matrix }, index) => {
        const plan = planRun(matrix.cells, {
          sandbox: target.sandbox,
          credentials: target.credentials,
          allowEffects: options.allowEffects,
        });
        const file = join(outDir, `${target.brand}.arazzo.yaml`);
        const gate = gates[index] as (typeof gates)[number];
        const document = arazzoDocument({
          brand: target.brand,
          version: bundle.info.version,
          bundleRef: relative(outDir, bundleFile),
          gateUrl: gate.url,
          cells: plan.attempted.filter((planned) => planned.engine === 'respect'),
        });
        // YAML 1.1 quotes date-like strings (`'1990-04-17'`), which respect's parser would otherwise read as dates.
        writeFileSync(file, stringify(document, { lineWidth: 0, aliasDuplicateObjects: false, version: '1.1' }));
        return { file, plan };
      });
      const lintConfig = join(workDir, 'redocly.yaml');
      writeFileSync(lintConfig, 'extends:\n  - recommended-strict\n');
      // Lint, respect and the raw runner are separate processes and requests: they run side by side.
      const lint = lintArazzo(
        documents.map(({ file }) => file),
        lintConfig,
      );
      const results = await Promise.all(
        prepared.map(async ({ target, bundle, matrix }, index) => {
          const gate = gates[index] as (typeof gates)[number];
          const { file, plan } = documents[index] as (typeof documents)[number];
          const errors: string[] = [];
          const env: Record<string, string> = {};
          for (const [role, credential] of Object.entries(target.credentials)) {
            const names = roleEnv(role as keyof Credentials);
            env[names.key] = credential.apiKey;
            env[names.secret] = credential.apiSecret;
          }
          const respectCells = plan.attempted.filter((planned) => planned.engine === 'respect');
          const [respect, raw] = await Promise.all([
            respectCells.length
              ? runRespect({
                  file,
                  jsonOutput: join(workDir, `${target.brand}.respect.json`),
                  server: { name: sourceName, url: gate.url },
                  env,
                  timeoutMs: options.timeoutMs,
                  executionTimeoutMs: Math.max(60_000, respectCells.length * options.timeoutMs),
                })
              : { outcomes: [], run: { ok: true, output: '' } },
            runRaw(
              plan.attempted.filter((planned) => planned.engine === 'raw'),
              gate.url,
              target.credentials,
              options.timeoutMs,
            ),
          ]);
          if (respectCells.length > 0 && respect.outcomes.length === 0) {
            errors.push(`redocly respect did not run:\n${respect.run.output}`);
          }
          const outcomes = new Map<string, EngineOutcome>();
          for (const outcome of respect.outcomes) outcomes.set(outcome.workflowId, outcome);
          for (const outcome of raw) outcomes.set(outcome.cellId, outcome);
          // Against the sandbox every declared cell must be reproduced: one it cannot attempt is a failure there.
          const cells = verdicts(bundle, matrix, plan, outcomes, gate.exchanges).map((cell) =>
            target.sandbox && cell.status === 'not-attempted'
              ? { ...cell, status: 'failed' as const, detail: `the sandbox cannot attempt it: ${cell.detail}` }
              : cell,
          );
          return {
            brand: target.brand,
            server: target.server,
            operations: matrix.operations,
            identifiers: matrix.identifiers,
            cells,
            errors,
          };
        }),
      );
      const linted = await lint;
      if (!linted.ok) {
        for (const [index, result] of results.entries()) {
          result.errors.push(`redocly lint rejected ${documents[index]?.file}:\n${linted.output}`);
        }
      }
      return results;
    } finally {
      await Promise.all(gates.map((gate) => gate.close()));
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

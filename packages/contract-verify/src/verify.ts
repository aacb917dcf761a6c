/**
 * A `contract:verify` run: per brand, the declared cells of its reachability matrix are planned, then sent one
 * after another by the one engine (`exchange.ts`); every reply is checked against the contract, and each cell's own
 * reply against what the cell expects. Against a given server, or against a sandbox the run starts on a free
 * loopback port; the reports (and, with `outDir`, the Arazzo documents) are written masked.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type SandboxOptions, startSandbox } from '@error-contract/sandbox';
import type { BrandBundle } from '@error-contract/spec/bundle';
import type { Matrix, ResolvedRequest } from '@error-contract/spec/reproductions';
import { bundlePath, loadBundle, publishedBrands } from '@error-contract/spec/workspace';
import { arazzoDocument, arazzoYaml } from './arazzo.ts';
import { type ContractCheck, createContractCheck, expectationProblems } from './contract-check.ts';
import { type Credentials, createMasker, credentialOf, credentialsFromEnv, sandboxCredentials } from './credentials.ts';
import { createSender, type Exchange, type Send } from './exchange.ts';
import {
  type DeclaredCell,
  matrixFor,
  type NotAttemptedReason,
  parseAllowances,
  planRun,
  reasonsNotAllowed,
} from './plan.ts';
import { jsonReport, junitReport, markdownReport, runFailed, textReport } from './reports.ts';

export type CellStatus = 'reproduced' | 'failed' | 'not-attempted' | 'not-declared';

export interface CellResult {
  operationId: string;
  identifier: string;
  status: CellStatus;
  /** For a failed cell what went wrong and the reply seen; for a cell not attempted, why. */
  detail?: string;
  /** For a cell not attempted: why, by the names `--allow-not-attempted` takes. */
  reasons?: NotAttemptedReason[];
  /** For a cell not attempted: the reasons the caller did not allow; unless it is empty, the run fails. */
  notAllowed?: NotAttemptedReason[];
}

export interface BrandResult {
  brand: string;
  server: string;
  operations: string[];
  identifiers: string[];
  cells: CellResult[];
}

export interface BrandTarget {
  brand: string;
  /** The brand's API root. */
  server: string;
  /** Whether it is a sandbox: its fault switch is there, its state is throw-away, and every declared cell must pass. */
  sandbox: boolean;
  credentials: Credentials;
}

export interface VerifyOptions {
  allowEffects: boolean;
  /** The reasons (`--allow-not-attempted` names) for which a cell may go unattempted without failing the run. */
  allowNotAttempted: ReadonlySet<string>;
  /** Requests per second at most, per brand. */
  rate: number;
  /** Per request, in ms. */
  timeoutMs: number;
}

export interface RunOptions extends Partial<Omit<VerifyOptions, 'allowNotAttempted'>> {
  /** `--allow-not-attempted` names (see `allowanceNames`); none by default, so every declared cell must be proven. */
  allowNotAttempted?: readonly string[];
  /** Defaults to every published brand. */
  brands?: string[];
  /** The brand's API root; without it the run starts the sandbox. */
  server?: string;
  env?: NodeJS.ProcessEnv;
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

export function brandsToVerify(requested: readonly string[]): string[] {
  const brands = publishedBrands();
  const unknown = requested.filter((brand) => !brands.includes(brand));
  if (unknown.length > 0) throw new Error(`Unknown brand ${unknown.join(', ')}; the brands are ${brands.join(', ')}.`);
  return requested.length > 0 ? [...requested] : brands;
}

export async function runVerify(options: RunOptions = {}): Promise<RunResult> {
  const brands = brandsToVerify(options.brands ?? []);
  const allowNotAttempted = parseAllowances(options.allowNotAttempted ?? []);
  const sandbox = options.server ? undefined : await startSandbox({ ...options.sandbox, port: 0, host: '127.0.0.1' });
  const credentials = sandbox ? sandboxCredentials(sandbox) : credentialsFromEnv(options.env ?? process.env);
  const mask = await createMasker(credentials);
  const verifyOptions: VerifyOptions = {
    allowEffects: options.allowEffects ?? false,
    allowNotAttempted,
    rate: options.rate ?? (sandbox ? 200 : 20),
    timeoutMs: options.timeoutMs ?? 10_000,
  };
  try {
    const outDir = options.outDir;
    if (outDir) mkdirSync(outDir, { recursive: true });
    // Brands run side by side, each under its own rate bound.
    const results = await Promise.all(
      brands.map(async (brand) => {
        const bundle = options.bundles?.[brand] ?? loadBundle(brand);
        const matrix = matrixFor(bundle);
        if (outDir) {
          const document = arazzoDocument(bundle, matrix, relative(outDir, bundlePath(brand, 'json')));
          writeFileSync(join(outDir, `${brand}.arazzo.yaml`), mask(arazzoYaml(document)));
        }
        const server = sandbox ? sandbox.brandUrl(brand) : (options.server as string);
        return verifyBrand(
          { brand, server, sandbox: sandbox !== undefined, credentials },
          bundle,
          matrix,
          verifyOptions,
        );
      }),
    );
    if (outDir) {
      writeFileSync(join(outDir, reportFiles.json), mask(jsonReport(results)));
      writeFileSync(join(outDir, reportFiles.junit), mask(junitReport(results)));
      writeFileSync(join(outDir, reportFiles.markdown), mask(markdownReport(results)));
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

/** One brand: every cell of its matrix, attempted one after another, or said why not. Results are not masked. */
export async function verifyBrand(
  target: BrandTarget,
  bundle: BrandBundle,
  matrix: Matrix,
  options: VerifyOptions,
): Promise<BrandResult> {
  const plan = planRun(matrix.cells, { ...options, sandbox: target.sandbox, credentials: target.credentials });
  const send = createSender({ server: target.server, rate: options.rate, timeoutMs: options.timeoutMs });
  const check = createContractCheck(bundle);
  const results = new Map<string, CellResult>();
  const keyOf = (cell: { operationId: string; identifier: string }) => `${cell.operationId} ${cell.identifier}`;
  for (const cell of plan.attempted) {
    results.set(keyOf(cell), await reproduce(cell, send, check, target.credentials));
  }
  for (const { operationId, identifier } of plan.undeclared) {
    const detail = `no reproduction declared: add one to spec/reproductions/${identifier}.yaml`;
    results.set(keyOf({ operationId, identifier }), { operationId, identifier, status: 'failed', detail });
  }
  for (const { cell, reasons, detail } of plan.skipped) {
    const { operationId, identifier } = cell;
    // Against the sandbox every declared cell must be reproduced: one it cannot attempt is a failure there.
    const result: CellResult = target.sandbox
      ? { operationId, identifier, status: 'failed', detail: `the sandbox cannot attempt it: ${detail}` }
      : {
          operationId,
          identifier,
          status: 'not-attempted',
          detail,
          reasons,
          notAllowed: reasonsNotAllowed(reasons, options.allowNotAttempted),
        };
    results.set(keyOf(cell), result);
  }
  return {
    brand: target.brand,
    server: target.server,
    operations: matrix.operations,
    identifiers: matrix.identifiers,
    cells: matrix.operations.flatMap((operationId) =>
      matrix.identifiers.map(
        (identifier) =>
          results.get(keyOf({ operationId, identifier })) ?? { operationId, identifier, status: 'not-declared' },
      ),
    ),
  };
}

const REPLY_EXCERPT = 300;

function describeExchange({ method, path, reply, error }: Exchange): string {
  if (!reply) return `${method} ${path} → ${error ?? 'no reply'}`;
  const excerpt = reply.body.length > REPLY_EXCERPT ? `${reply.body.slice(0, REPLY_EXCERPT)}…` : reply.body;
  return `${method} ${path} → ${reply.status} ${excerpt}`;
}

/**
 * Sends a cell's steps, then its own request. Every reply must honour the contract of the operation it came from;
 * the cell's own reply must also be the one it expects.
 */
async function reproduce(
  cell: DeclaredCell,
  send: Send,
  check: ContractCheck,
  credentials: Credentials,
): Promise<CellResult> {
  const { operationId, identifier, reproduction } = cell;
  const problems: string[] = [];
  const exchangeOf = async (
    step: string,
    request: ResolvedRequest,
    expected?: { status: number; identifier: string },
  ) => {
    const exchange = await send(request, credentialOf(request.role, credentials));
    if (!exchange.reply) {
      problems.push(`${step}: ${exchange.error}`);
      return exchange;
    }
    const found = [
      ...(expected ? expectationProblems(expected, exchange.reply) : []),
      ...check(request.operation, exchange.reply).map((problem) => `contract: ${problem}`),
    ];
    problems.push(...found.map((problem) => `${step}: ${problem}`));
    return exchange;
  };
  for (const [index, step] of reproduction.before.entries()) await exchangeOf(`before${index + 1}`, step.request);
  const own = await exchangeOf('reproduce', reproduction.request, { status: reproduction.status, identifier });
  if (problems.length === 0) return { operationId, identifier, status: 'reproduced' };
  const detail = `${problems.join('; ')}; reply seen: ${describeExchange(own)}`;
  return { operationId, identifier, status: 'failed', detail };
}

/**
 * Runs the scenario suite: the base spec and each scenario's built into bundles, diffed by the gate, the client
 * regenerated and the consumer compiled against it, and oasdiff run on each brand's pair of bundles.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Change } from '../../src/change.ts';
import { diffBrands } from '../../src/diff-bundles.ts';
import { requiredBump } from '../../src/policy.ts';
import type { Scenario, Verdict } from './changes.ts';
import { type CompileError, compileRoot, compileScenarios, prepareScenario } from './consumer-compile.ts';
import { type OasdiffReport, oasdiff } from './oasdiff.ts';
import { type BuiltSpec, buildSpec } from './spec-copy.ts';

export const BRANDS = ['idenfy', 'markid'] as const;
export type BrandId = (typeof BRANDS)[number];

/** What one brand's client and consumer went through in a scenario. */
export interface BrandOutcome {
  /** The bump the gate calls for. */
  gate: Verdict;
  /** The client generator's refusal, when it could not generate the brand's client. */
  generation: string | undefined;
  /** The compile errors, of the consumer and of the generated client. */
  compile: CompileError[];
  /** oasdiff's findings; undefined when oasdiff is not installed. */
  oasdiff: OasdiffReport | undefined;
}

export interface ScenarioOutcome {
  scenario: Scenario;
  changes: Change[];
  brands: Record<BrandId, BrandOutcome>;
}

export interface SuiteResult {
  /** The consumer's compile errors against the clients generated from the unchanged spec. */
  base: CompileError[];
  outcomes: ScenarioOutcome[];
}

export async function runScenarios(
  scenarios: readonly Scenario[],
  oasdiffBin: string | undefined,
): Promise<SuiteResult> {
  const root = mkdtempSync(join(tmpdir(), 'contract-diff-consumers-'));
  compileRoot(root);
  const base = await buildSpec(() => {});
  const baseRefusal = await prepareScenario(root, 'base', base);
  if (baseRefusal) throw new Error(`The client cannot be generated from the unchanged spec: ${baseRefusal}`);
  const heads: Array<{ scenario: Scenario; head: BuiltSpec; refusal: string | undefined }> = [];
  for (const scenario of scenarios) {
    const head = await buildSpec(scenario.edit);
    heads.push({ scenario, head, refusal: await prepareScenario(root, scenario.id, head) });
  }
  const compiled = heads.filter(({ refusal }) => refusal === undefined).map(({ scenario }) => scenario.id);
  const errors = compileScenarios(root, ['base', ...compiled]);

  const outcomes = heads.map(({ scenario, head, refusal }): ScenarioOutcome => {
    const changes = diffBrands(base.bundles, head.bundles);
    const outcome = (brand: BrandId): BrandOutcome => ({
      gate: requiredBump(changes.filter((change) => change.brand === brand)) ?? 'none',
      generation: refusal,
      compile: (errors.get(scenario.id) ?? []).filter((error) => error.brand === brand || error.brand === undefined),
      oasdiff: oasdiffBin ? oasdiff(oasdiffBin, base.bundlePath(brand), head.bundlePath(brand)) : undefined,
    });
    return { scenario, changes, brands: { idenfy: outcome('idenfy'), markid: outcome('markid') } };
  });
  return { base: errors.get('base') ?? [], outcomes };
}

/** Whether a brand's partner build breaks: the client cannot be generated, or it or the consumer fails to compile. */
export function compileFails(outcome: BrandOutcome): boolean {
  return outcome.generation !== undefined || outcome.compile.length > 0;
}

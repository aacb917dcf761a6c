/**
 * A brand's matrix and which of its declared cells a run can attempt; a cell it cannot attempt says why (a server
 * that fails on purpose, a credential not supplied, a step with an effect not allowed).
 */
import type { BrandBundle } from '@error-contract/spec/bundle';
import type { CredentialRole } from '@error-contract/spec/local-sandbox';
import { type Cell, type Matrix, matrixOf, type ResolvedRequest } from '@error-contract/spec/reproductions';
import { type Credentials, credentialNeed } from './credentials.ts';

/** A cell with its reproduction. */
export type DeclaredCell = Cell & { reproduction: NonNullable<Cell['reproduction']> };

export interface SkippedCell {
  cell: Cell;
  reason: string;
}

export interface Plan {
  attempted: DeclaredCell[];
  skipped: SkippedCell[];
  /** Cells the catalog declares but no reproduction covers: the run fails on them (the lint rule rejects them too). */
  undeclared: Cell[];
}

export interface PlanOptions {
  /** Whether the target is the sandbox (where the fault switch exists and state is throw-away). */
  sandbox: boolean;
  credentials: Credentials;
  /** Run steps that must first succeed on an operation that creates, consumes or deletes (x-effect), or spend quota. */
  allowEffects: boolean;
}

/** The brand's reachability matrix with each cell's reproduction, as its bundle declares them. */
export function matrixFor(bundle: BrandBundle): Matrix {
  return matrixOf(bundle);
}

/** A cell's requests in the order they are sent: the steps that run first, then its own. */
export function requestsOf(cell: DeclaredCell): ResolvedRequest[] {
  return [...cell.reproduction.before.map((step) => step.request), cell.reproduction.request];
}

export function planRun(cells: readonly Cell[], options: PlanOptions): Plan {
  const plan: Plan = { attempted: [], skipped: [], undeclared: [] };
  for (const cell of cells) {
    if (!cell.reproduction) {
      plan.undeclared.push(cell);
      continue;
    }
    const declared = cell as DeclaredCell;
    const reason = whyNot(declared, options);
    if (reason === undefined) plan.attempted.push(declared);
    else plan.skipped.push({ cell, reason });
  }
  return plan;
}

function whyNot(cell: DeclaredCell, options: PlanOptions): string | undefined {
  const { reproduction } = cell;
  if (reproduction.sandboxOnly && !options.sandbox) return `not reproducible here, needs ${reproduction.sandboxOnly}`;
  const missing = [...new Set(requestsOf(cell).map((request) => request.role))]
    .filter((role): role is CredentialRole => role !== 'none' && !options.credentials[role])
    .map(credentialNeed);
  if (missing.length > 0) return `not reproducible here, needs ${[...new Set(missing)].join(' and ')}`;
  const effectful = reproduction.before.find((step) => step.request.operation['x-effect'] !== 'read');
  if (effectful && !options.allowEffects && !options.sandbox) {
    const { operationId } = effectful.request.operation;
    const effect = effectful.request.operation['x-effect'];
    return `not attempted: a step first runs ${operationId} (x-effect: ${effect}; ${effectful.summary}); pass --allow-effects`;
  }
  return undefined;
}

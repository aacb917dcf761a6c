/**
 * A brand's matrix and which of its declared cells a run can attempt; a cell it cannot attempt says why, by name (a
 * server that fails on purpose, a credential not supplied, a step with an effect not allowed) and in words. A run
 * passes only on proof: a cell not attempted fails it unless the caller allowed each of its reasons by name.
 */
import type { BrandBundle } from '@error-contract/spec/bundle';
import { type CredentialRole, suppliedRoles } from '@error-contract/spec/local-sandbox';
import { type Cell, type Matrix, matrixOf, type ResolvedRequest } from '@error-contract/spec/reproductions';
import { type Credentials, credentialNeed, credentialOwner } from './credentials.ts';

/** A cell with its reproduction. */
export type DeclaredCell = Cell & { reproduction: NonNullable<Cell['reproduction']> };

/**
 * Why a declared cell is not attempted, as `--allow-not-attempted` names it: `sandbox-only` (it needs the sandbox's
 * fault switch), `credentials:<role>` (the credentials of a role were not supplied), `effects` (a step that must run
 * first creates, consumes or deletes, and `--allow-effects` was not given).
 */
export type NotAttemptedReason = 'sandbox-only' | 'effects' | `credentials:${CredentialRole}`;

/** Every name `--allow-not-attempted` takes: the reasons, and `credentials` for the credentials of any role. */
export const allowanceNames: readonly string[] = [
  'sandbox-only',
  'effects',
  'credentials',
  ...suppliedRoles.map(({ role }) => `credentials:${role}`),
];

/** Reads `--allow-not-attempted` values (comma-separated, repeatable); throws on a name it does not know. */
export function parseAllowances(values: readonly string[]): ReadonlySet<string> {
  const names = values
    .flatMap((value) => value.split(','))
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !allowanceNames.includes(name));
  if (unknown.length > 0) {
    throw new Error(`Unknown reason ${unknown.join(', ')}; the reasons are ${allowanceNames.join(', ')}.`);
  }
  return new Set(names);
}

/** The reasons among these that the caller did not allow, by their name or, for credentials, by `credentials`. */
export function reasonsNotAllowed(
  reasons: readonly NotAttemptedReason[],
  allowed: ReadonlySet<string>,
): NotAttemptedReason[] {
  return reasons.filter(
    (reason) => !allowed.has(reason) && !(reason.startsWith('credentials:') && allowed.has('credentials')),
  );
}

export interface SkippedCell {
  cell: Cell;
  /** Every reason it cannot be attempted, by name. */
  reasons: NotAttemptedReason[];
  /** The same, in words, with what would let it run. */
  detail: string;
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
    const { reasons, details } = whyNot(declared, options);
    if (reasons.length === 0) plan.attempted.push(declared);
    else plan.skipped.push({ cell, reasons, detail: details.join('; ') });
  }
  return plan;
}

/**
 * Every reason the cell cannot be attempted here, and the words for them; none when it can. A cell that needs the
 * sandbox has that one reason: nothing else would let it run on a real server.
 */
function whyNot(cell: DeclaredCell, options: PlanOptions): { reasons: NotAttemptedReason[]; details: string[] } {
  const { reproduction } = cell;
  if (reproduction.sandboxOnly && !options.sandbox) {
    return { reasons: ['sandbox-only'], details: [`not reproducible here, needs ${reproduction.sandboxOnly}`] };
  }
  const why: { reasons: NotAttemptedReason[]; details: string[] } = { reasons: [], details: [] };
  const missing = [
    ...new Set(
      requestsOf(cell)
        .map((request) => request.role)
        .filter((role): role is CredentialRole => role !== 'none' && !options.credentials[role])
        .map(credentialOwner),
    ),
  ];
  if (missing.length > 0) {
    why.reasons.push(...missing.map((role) => `credentials:${role}` as const));
    why.details.push(`not reproducible here, needs ${missing.map(credentialNeed).join(' and ')}`);
  }
  const effectful = reproduction.before.find((step) => step.request.operation['x-effect'] !== 'read');
  if (effectful && !options.allowEffects && !options.sandbox) {
    const { operationId } = effectful.request.operation;
    const effect = effectful.request.operation['x-effect'];
    why.reasons.push('effects');
    why.details.push(
      `not attempted: a step first runs ${operationId} (x-effect: ${effect}; ${effectful.summary}); pass --allow-effects`,
    );
  }
  return why;
}

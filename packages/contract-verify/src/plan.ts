/**
 * Which declared cells a run attempts, and with which engine: redocly respect for every request it can express,
 * the raw runner for exact body bytes (respect JSON-encodes string payloads). Cells it cannot attempt say why.
 */

import { type Role, roles } from '@error-contract/spec/local-sandbox';
import type { Cell, ResolvedRequest } from '@error-contract/spec/reproductions';
import { type Credentials, credentialEnv } from './credentials.ts';

export type Engine = 'respect' | 'raw';

export interface PlannedCell {
  cell: Cell & { reproduction: NonNullable<Cell['reproduction']> };
  engine: Engine;
}

export interface SkippedCell {
  cell: Cell;
  reason: string;
}

export interface Plan {
  attempted: PlannedCell[];
  skipped: SkippedCell[];
  /** Cells the catalog declares but no reproduction covers: the run fails on them (the lint rule rejects them too). */
  undeclared: Cell[];
}

export interface PlanOptions {
  /** Whether the target is the sandbox this run started (where the fault switch exists and state is throw-away). */
  sandbox: boolean;
  credentials: Credentials;
  /** Run steps that must first succeed on an operation that creates, consumes or deletes (x-effect), or spend quota. */
  allowEffects: boolean;
}

function roleNeed(role: Role): string {
  if (role === 'wrongSecret')
    return `credentials of ${roles.partner.description} (${credentialEnv.partner.join(', ')})`;
  if (role === 'none') return '';
  return `credentials of ${roles[role].description} (${credentialEnv[role].join(', ')})`;
}

export function planRun(cells: readonly Cell[], options: PlanOptions): Plan {
  const plan: Plan = { attempted: [], skipped: [], undeclared: [] };
  for (const cell of cells) {
    if (!cell.reproduction) {
      plan.undeclared.push(cell);
      continue;
    }
    const reason = whyNot(cell, options);
    if (reason !== undefined) {
      plan.skipped.push({ cell, reason });
      continue;
    }
    const requests = [...cell.reproduction.before.map((step) => step.request), cell.reproduction.request];
    const engine = requests.some(respectCannotSend) ? 'raw' : 'respect';
    plan.attempted.push({ cell: cell as PlannedCell['cell'], engine });
  }
  return plan;
}

/**
 * What respect cannot send as declared: exact bytes (it JSON-encodes a string payload) and an empty JSON object
 * (it sends no body at all for `payload: {}`).
 */
export function respectCannotSend(request: ResolvedRequest): boolean {
  const { body } = request;
  if (body.kind === 'raw') return true;
  return (
    body.kind === 'json' &&
    typeof body.value === 'object' &&
    body.value !== null &&
    Object.keys(body.value).length === 0
  );
}

function whyNot(cell: Cell, options: PlanOptions): string | undefined {
  const reproduction = cell.reproduction;
  if (!reproduction) return undefined;
  if (reproduction.sandboxOnly && !options.sandbox) return `not reproducible here, needs ${reproduction.sandboxOnly}`;
  const requests: ResolvedRequest[] = [...reproduction.before.map((step) => step.request), reproduction.request];
  const missing = [...new Set(requests.map((request) => request.role))]
    .filter((role) => role !== 'none' && !options.credentials[role])
    .map(roleNeed);
  if (missing.length > 0) return `not reproducible here, needs ${[...new Set(missing)].join(' and ')}`;
  const effectful = reproduction.before.find((step) => step.request.operation['x-effect'] !== 'read');
  if (effectful && !options.allowEffects && !options.sandbox) {
    const { operationId } = effectful.request.operation;
    const effect = effectful.request.operation['x-effect'];
    return `not attempted: a step first runs ${operationId} (x-effect: ${effect}; ${effectful.summary}); pass --allow-effects`;
  }
  return undefined;
}

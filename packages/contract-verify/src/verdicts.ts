/**
 * A verdict per cell of a brand's matrix, from what the engines reported and what the gate recorded: a cell is
 * reproduced when its engine's checks passed and every reply of its steps honours the contract.
 */
import type { BrandBundle } from '@error-contract/spec/bundle';
import type { Matrix } from '@error-contract/spec/reproductions';
import { cellId } from './arazzo.ts';
import { createContractCheck } from './contract-check.ts';
import type { Exchange } from './gate.ts';
import type { Plan, PlannedCell } from './plan.ts';

export type CellStatus = 'reproduced' | 'failed' | 'not-attempted' | 'not-declared';

export interface CellResult {
  operationId: string;
  identifier: string;
  status: CellStatus;
  /** For a failed cell what went wrong and the reply seen; for a cell not attempted, why. */
  detail?: string;
  engine?: 'respect' | 'raw';
}

/** What an engine says of one cell: `failures` are its failed checks. */
export interface EngineOutcome {
  passed: boolean;
  failures: string[];
}

const REPLY_EXCERPT = 300;

function describeExchange(exchange: Exchange | undefined): string {
  if (!exchange) return 'no request reached the server';
  if (!exchange.reply) return exchange.error ?? 'no reply';
  const { body, status } = exchange.reply;
  const excerpt = body.length > REPLY_EXCERPT ? `${body.slice(0, REPLY_EXCERPT)}…` : body;
  return `${exchange.method} ${exchange.path} → ${status} ${excerpt}`;
}

/** The operation of the step that sent an exchange: `<cell>/before<n>` or `<cell>/reproduce`. */
function stepOperation({ cell }: PlannedCell, step: string) {
  const name = step.slice(step.indexOf('/') + 1);
  if (name === 'reproduce') return cell.reproduction.request.operation;
  return cell.reproduction.before[Number(name.slice('before'.length)) - 1]?.request.operation;
}

function attemptedVerdict(
  planned: PlannedCell,
  outcome: EngineOutcome | undefined,
  exchanges: Exchange[],
  check: ReturnType<typeof createContractCheck>,
): CellResult {
  const { operationId, identifier } = planned.cell;
  const problems = outcome ? (outcome.passed ? [] : [...outcome.failures]) : ['the engine did not report this cell'];
  for (const exchange of exchanges) {
    const operation = stepOperation(planned, exchange.step);
    if (!exchange.reply || !operation) continue;
    const step = exchange.step.slice(exchange.step.indexOf('/') + 1);
    for (const problem of check(operation, exchange.reply)) problems.push(`${step}: contract: ${problem}`);
  }
  if (problems.length === 0) return { operationId, identifier, status: 'reproduced', engine: planned.engine };
  const reproduce = exchanges.find((exchange) => exchange.step.endsWith('/reproduce'));
  return {
    operationId,
    identifier,
    status: 'failed',
    engine: planned.engine,
    detail: `${problems.join('; ')}; reply seen: ${describeExchange(reproduce)}`,
  };
}

export function verdicts(
  bundle: BrandBundle,
  matrix: Matrix,
  plan: Plan,
  outcomes: ReadonlyMap<string, EngineOutcome>,
  exchanges: readonly Exchange[],
): CellResult[] {
  const check = createContractCheck(bundle);
  const attempted = new Map(plan.attempted.map((planned) => [cellId(planned.cell), planned]));
  const skipped = new Map(plan.skipped.map(({ cell, reason }) => [cellId(cell), reason]));
  const undeclared = new Set(plan.undeclared.map(cellId));
  return matrix.operations.flatMap((operationId) =>
    matrix.identifiers.map((identifier): CellResult => {
      const key = cellId({ operationId, identifier });
      const planned = attempted.get(key);
      if (planned) {
        const own = exchanges.filter((exchange) => exchange.step.startsWith(`${key}/`));
        return attemptedVerdict(planned, outcomes.get(key), own, check);
      }
      if (undeclared.has(key)) {
        const detail = `no reproduction declared: add one to spec/reproductions/${identifier}.yaml`;
        return { operationId, identifier, status: 'failed', detail };
      }
      const reason = skipped.get(key);
      if (reason !== undefined) return { operationId, identifier, status: 'not-attempted', detail: reason };
      return { operationId, identifier, status: 'not-declared' };
    }),
  );
}

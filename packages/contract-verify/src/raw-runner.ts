/**
 * Sends the steps respect cannot express: a body of exact bytes (malformed JSON, invalid UTF-8), which respect
 * would JSON-encode. Everything goes through the gate like respect's requests.
 */
import type { ResolvedRequest } from '@error-contract/spec/reproductions';
import { cellId } from './arazzo.ts';
import { basicAuthorization, type Credentials, credentialOf } from './credentials.ts';
import { stepHeader } from './gate.ts';
import type { PlannedCell } from './plan.ts';

export interface RawOutcome {
  cellId: string;
  passed: boolean;
  failures: string[];
}

async function send(
  request: ResolvedRequest,
  step: string,
  gateUrl: string,
  credentials: Credentials,
  timeoutMs: number,
): Promise<{ status: number; body: string } | { error: string }> {
  const headers: Record<string, string> = { ...request.headers, [stepHeader]: step, accept: 'application/json' };
  const credential = credentialOf(request.role, credentials);
  if (credential) headers.authorization = basicAuthorization(credential);
  let body: Uint8Array | string | undefined;
  if (request.body.kind !== 'none') headers['content-type'] = 'application/json';
  if (request.body.kind === 'json') body = JSON.stringify(request.body.value);
  if (request.body.kind === 'raw') body = request.body.bytes;
  try {
    const reply = await fetch(`${gateUrl}${request.operation.path}`, {
      method: request.method,
      headers,
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: reply.status, body: await reply.text() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

export async function runRaw(
  cells: readonly PlannedCell[],
  gateUrl: string,
  credentials: Credentials,
  timeoutMs: number,
): Promise<RawOutcome[]> {
  const outcomes: RawOutcome[] = [];
  for (const { cell } of cells) {
    const key = cellId(cell);
    const { reproduction } = cell;
    for (const [index, step] of reproduction.before.entries()) {
      await send(step.request, `${key}/before${index + 1}`, gateUrl, credentials, timeoutMs);
    }
    const reply = await send(reproduction.request, `${key}/reproduce`, gateUrl, credentials, timeoutMs);
    const failures: string[] = [];
    if ('error' in reply) failures.push(`reproduce: ${reply.error}`);
    else {
      if (reply.status !== reproduction.status)
        failures.push(`reproduce: status ${reply.status}, expected ${reproduction.status}`);
      let identifier: unknown;
      try {
        identifier = (JSON.parse(reply.body) as { identifier?: unknown }).identifier;
      } catch {
        identifier = undefined;
      }
      if (identifier !== cell.identifier) {
        failures.push(`reproduce: identifier ${JSON.stringify(identifier ?? null)}, expected ${cell.identifier}`);
      }
    }
    outcomes.push({ cellId: key, passed: failures.length === 0, failures });
  }
  return outcomes;
}

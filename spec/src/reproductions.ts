/**
 * How each standard API error is reproduced, resolved per brand: one cell per (operation × identifier) the brand's
 * catalog allows, each with the concrete requests to send. The declarations (`spec/reproductions/<IDENTIFIER>.yaml`)
 * travel in the bundle, as the `reproductions` of each catalog entry; the contract tests, the sandbox's trigger
 * table, the handbook and `contract:verify` all read them from there, through `matrixOf`.
 */
import { type BrandBundle, type LocatedOperation, operationsOf, requestExampleOf, valueAt } from './bundle.ts';
import { canReturn, catalogOf, type Reproduction, type RequestChange } from './catalog.ts';
import type { ApiCredentials, Role } from './local-sandbox.ts';

/** A request ready to send: method and path of the operation, headers, and a JSON body or exact bytes. */
export interface ResolvedRequest {
  operation: LocatedOperation;
  method: string;
  role: Role;
  headers: Record<string, string>;
  body: { kind: 'json'; value: unknown } | { kind: 'raw'; bytes: Uint8Array; text: string } | { kind: 'none' };
}

export interface ResolvedStep {
  summary: string;
  request: ResolvedRequest;
}

/** A cell's declared reproduction with its requests resolved against the operation's request example. */
export interface ResolvedReproduction {
  summary: string;
  before: ResolvedStep[];
  request: ResolvedRequest;
  status: number;
  sandboxOnly?: string;
}

/** One cell of a brand's reachability matrix: an identifier the catalog lets an operation return. */
export interface Cell {
  operationId: string;
  identifier: string;
  /** Undefined when the declaration has none for this cell (the lint rule rejects that). */
  reproduction?: ResolvedReproduction;
}

export interface Matrix {
  operations: string[];
  identifiers: string[];
  /** The declared cells, by operation then identifier, in document and catalog order. */
  cells: Cell[];
}

export class DeclarationError extends Error {
  override name = 'DeclarationError';
}

/** Whether a declared reproduction covers the operation: it names it, or names none. */
export function reproductionCovers(reproduction: Reproduction, operationId: string): boolean {
  return !reproduction.operations || reproduction.operations.includes(operationId);
}

/** The reproduction of each cell a brand declares (operation × identifier in its catalog's `operations`). */
export function matrixOf(bundle: BrandBundle): Matrix {
  const operations = operationsOf(bundle);
  const catalog = catalogOf(bundle);
  const cells: Cell[] = [];
  for (const operation of operations) {
    for (const entry of catalog) {
      if (!canReturn(entry, operation.operationId)) continue;
      const reproduction = (entry.reproductions ?? []).find((candidate) =>
        reproductionCovers(candidate, operation.operationId),
      );
      cells.push({
        operationId: operation.operationId,
        identifier: entry.identifier,
        reproduction: reproduction && {
          summary: reproduction.summary,
          before: (reproduction.before ?? []).map((step) => ({
            summary: step.summary,
            request: resolveRequest(bundle, findOperation(operations, step.operation), step.role, step.request),
          })),
          request: resolveRequest(bundle, operation, reproduction.role, reproduction.request),
          status: reproduction.status ?? 400,
          sandboxOnly: reproduction.sandboxOnly,
        },
      });
    }
  }
  return {
    operations: operations.map((operation) => operation.operationId),
    identifiers: catalog.map((entry) => entry.identifier),
    cells,
  };
}

function findOperation(operations: LocatedOperation[], operationId: string): LocatedOperation {
  const operation = operations.find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new DeclarationError(`A reproduction step names an unknown operation "${operationId}".`);
  return operation;
}

/** The operation's request example with the declared changes applied. */
export function resolveRequest(
  bundle: BrandBundle,
  operation: LocatedOperation,
  role: Role = 'partner',
  change: RequestChange = {},
): ResolvedRequest {
  const headers = { ...change.headers };
  const method = change.method ?? operation.method.toUpperCase();
  if (change.noBody) return { operation, method, role, headers, body: { kind: 'none' } };
  if (change.raw !== undefined) {
    return { operation, method, role, headers, body: { kind: 'raw', bytes: bytesOf(change.raw), text: change.raw } };
  }
  const value: Record<string, unknown> = requestExampleOf(bundle, operation);
  for (const [pointer, replacement] of Object.entries(change.set ?? {})) setAt(value, pointer, replacement);
  for (const pointer of change.remove ?? []) removeAt(value, pointer);
  return { operation, method, role, headers, body: { kind: 'json', value } };
}

/** The bytes a raw body stands for: its UTF-8 bytes, `\xHH` being the byte HH. */
export function bytesOf(raw: string): Uint8Array {
  const encoder = new TextEncoder();
  const bytes: number[] = [];
  for (const [index, part] of raw.split(/(\\x[0-9a-fA-F]{2})/).entries()) {
    if (index % 2 === 1) bytes.push(Number.parseInt(part.slice(2), 16));
    else bytes.push(...encoder.encode(part));
  }
  return Uint8Array.from(bytes);
}

function parentOf(
  document: Record<string, unknown>,
  pointer: string,
): { parent: Record<string, unknown>; key: string } {
  const slash = pointer.lastIndexOf('/');
  const parent = slash === 0 ? document : valueAt(document, `#${pointer.slice(0, slash)}`);
  const key = pointer
    .slice(slash + 1)
    .replaceAll('~1', '/')
    .replaceAll('~0', '~');
  if (typeof parent !== 'object' || parent === null) {
    throw new DeclarationError(`The request example has nothing at ${pointer.slice(0, slash)}.`);
  }
  return { parent: parent as Record<string, unknown>, key };
}

function setAt(document: Record<string, unknown>, pointer: string, value: unknown): void {
  const { parent, key } = parentOf(document, pointer);
  parent[key] = value;
}

function removeAt(document: Record<string, unknown>, pointer: string): void {
  const { parent, key } = parentOf(document, pointer);
  delete parent[key];
}

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/**
 * Bytes as a POSIX `printf` format in single quotes: printable ASCII as it is (the percent sign and the backslash
 * doubled), every other byte and the quote as an octal escape. POSIX printf has no hexadecimal escape, and dash
 * (Debian's `sh`) has no `$'…'`.
 */
export function printfFormat(bytes: Uint8Array): string {
  const text = [...bytes]
    .map((byte) => {
      if (byte === 0x25) return '%%';
      if (byte === 0x5c) return '\\\\';
      if (byte >= 0x20 && byte < 0x7f && byte !== 0x27) return String.fromCharCode(byte);
      return `\\${byte.toString(8).padStart(3, '0')}`;
    })
    .join('');
  return `'${text}'`;
}

/**
 * A curl command that sends the request to `serverUrl` (the brand's API root) with `credentials` (none for the
 * `none` role), for docs and reports; it runs as pasted in any POSIX shell. A raw body is written by `printf` and read
 * by curl from standard input (`--data-binary @-`), so its exact bytes go out.
 */
export function curlOf(request: ResolvedRequest, serverUrl: string, credentials?: ApiCredentials): string {
  const parts = ['curl', '-X', request.method, shellQuote(`${serverUrl}${request.operation.path}`)];
  if (credentials) parts.push('-u', shellQuote(`${credentials.apiKey}:${credentials.apiSecret}`));
  if (request.body.kind !== 'none') parts.push('-H', shellQuote('Content-Type: application/json'));
  for (const [name, value] of Object.entries(request.headers)) parts.push('-H', shellQuote(`${name}: ${value}`));
  if (request.body.kind === 'json') parts.push('--data-binary', shellQuote(JSON.stringify(request.body.value)));
  if (request.body.kind === 'raw')
    return `printf ${printfFormat(request.body.bytes)} | ${parts.join(' ')} --data-binary @-`;
  return parts.join(' ');
}

/** A problem of a catalog's reproductions, with the identifier it belongs to (if it names one of the catalog). */
export interface ReproductionProblem {
  identifier: string;
  message: string;
}

/** A JSON pointer into a request body: `/country`, `/images/FRONT`. */
const POINTER = /^(\/[^/]*)+$/;

/** What the declared request says that the type definitions cannot check: pointers, and one body kind at most. */
function requestProblems(change: RequestChange | undefined): string[] {
  if (!change) return [];
  const problems: string[] = [];
  for (const pointer of [...Object.keys(change.set ?? {}), ...(change.remove ?? [])]) {
    if (!POINTER.test(pointer)) problems.push(`"${pointer}" is not a JSON pointer into the request body`);
  }
  const bodies = (['raw', 'noBody', 'set', 'remove'] as const).filter((key) => change[key] !== undefined);
  if (bodies.length > 1 && (bodies.includes('raw') || bodies.includes('noBody'))) {
    problems.push(`request has ${bodies.join(' and ')}: raw bytes or no body exclude any other body`);
  }
  return problems;
}

/**
 * Problems of a canonical catalog's reproductions: every cell (operation × identifier) the catalog allows needs
 * exactly one reproduction, and every reproduction names operations that exist and can return its identifier.
 */
export function reproductionProblems(
  catalog: Readonly<Record<string, { operations?: string[]; reproductions?: Reproduction[] }>>,
  operationIds: readonly string[],
): ReproductionProblem[] {
  const problems: ReproductionProblem[] = [];
  for (const [identifier, entry] of Object.entries(catalog)) {
    const reproductions = Array.isArray(entry.reproductions) ? entry.reproductions : [];
    const covered = new Map<string, number>();
    for (const [index, reproduction] of reproductions.entries()) {
      const at = `${identifier}: reproduction #${index + 1}`;
      const report = (message: string) => problems.push({ identifier, message: `${at}: ${message}` });
      const steps = reproduction.before ?? [];
      for (const problem of [reproduction, ...steps].flatMap((item) => requestProblems(item.request))) report(problem);
      for (const operationId of [...(reproduction.operations ?? []), ...steps.map((step) => step.operation)]) {
        if (!operationIds.includes(operationId)) report(`unknown operation "${operationId}".`);
      }
      for (const operationId of reproduction.operations ?? operationIds) {
        if (!operationIds.includes(operationId)) continue;
        if (!canReturn(entry, operationId)) {
          if (reproduction.operations) {
            report(
              `the catalog says ${operationId} cannot return ${identifier}; add it to the identifier's \`operations\` or drop it here.`,
            );
          }
        } else if (covered.has(operationId)) {
          report(`${identifier} on ${operationId} is already reproduced by #${covered.get(operationId)}.`);
        } else covered.set(operationId, index + 1);
      }
    }
    for (const operationId of operationIds.filter((id) => canReturn(entry, id) && !covered.has(id))) {
      problems.push({
        identifier,
        message: `${identifier} on ${operationId} has no reproduction; declare one in reproductions/${identifier}.yaml.`,
      });
    }
  }
  return problems;
}

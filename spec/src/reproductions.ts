/**
 * The declaration of how each standard API error is reproduced (`spec/reproductions/<IDENTIFIER>.yaml`), read and
 * resolved per brand: one cell per (operation × identifier) the brand's catalog allows, each with the concrete
 * requests to send. The contract tests, the sandbox's trigger table and `contract:verify` all derive from it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { type BrandBundle, type LocatedOperation, operationsOf, requestExampleOf, valueAt } from './bundle.ts';
import { catalogOf } from './catalog.ts';
import { specDir } from './locations.ts';

export const reproductionsDir = join(specDir, 'reproductions');
const SCHEMA_FILE = 'reproduction.schema.json';

/** Whose credentials a request carries. */
export type Role =
  | 'partner'
  | 'partnerWithoutOption'
  | 'partnerQuotaSpent'
  | 'partnerRateLimited'
  | 'wrongSecret'
  | 'none';
export const roles: readonly Role[] = [
  'partner',
  'partnerWithoutOption',
  'partnerQuotaSpent',
  'partnerRateLimited',
  'wrongSecret',
  'none',
];

export const roleDescriptions: Readonly<Record<Role, string>> = {
  partner: 'a valid partner',
  partnerWithoutOption: 'a partner whose contract lacks the option',
  partnerQuotaSpent: 'a partner whose token quota is spent',
  partnerRateLimited: 'a partner whose hourly request limit is spent',
  wrongSecret: 'a valid API key with a wrong secret',
  none: 'no credentials',
};

export interface RequestChange {
  method?: string;
  headers?: Record<string, string>;
  set?: Record<string, unknown>;
  remove?: string[];
  raw?: string;
  noBody?: true;
}

export interface DeclaredStep {
  summary: string;
  operation: string;
  role?: Role;
  request?: RequestChange;
}

export interface Reproduction {
  summary: string;
  operations?: string[];
  role?: Role;
  request?: RequestChange;
  before?: DeclaredStep[];
  status?: number;
  sandboxOnly?: string;
}

/** Identifier → its reproductions, in file name order. */
export type Declaration = Record<string, Reproduction[]>;

export class DeclarationError extends Error {
  override name = 'DeclarationError';
}

/** Reads and shape-checks every `<IDENTIFIER>.yaml` of the folder. */
export function loadDeclaration(dir = reproductionsDir): Declaration {
  const schema = JSON.parse(readFileSync(join(dir, SCHEMA_FILE), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  const declaration: Declaration = {};
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()) {
    const identifier = file.slice(0, -'.yaml'.length);
    let content: unknown;
    try {
      content = parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      throw new DeclarationError(`reproductions/${file}: not YAML: ${(error as Error).message}`);
    }
    if (!validate(content)) {
      const [first] = validate.errors ?? [];
      throw new DeclarationError(
        `reproductions/${file}: ${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`,
      );
    }
    declaration[identifier] = content as Reproduction[];
  }
  return declaration;
}

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

/** One cell of a brand's reachability matrix: an identifier the catalog lets an operation return. */
export interface Cell {
  operationId: string;
  identifier: string;
  /** Undefined when the declaration has none for this cell (the lint rule rejects that). */
  reproduction?: {
    summary: string;
    before: ResolvedStep[];
    request: ResolvedRequest;
    status: number;
    sandboxOnly?: string;
  };
}

export interface Matrix {
  operations: string[];
  identifiers: string[];
  /** The declared cells, by operation then identifier, in document and catalog order. */
  cells: Cell[];
}

/** The reproduction of each cell a brand declares (operation × identifier in its catalog's `operations`). */
export function matrixOf(bundle: BrandBundle, declaration: Declaration = loadDeclaration()): Matrix {
  const operations = operationsOf(bundle);
  const catalog = catalogOf(bundle);
  const cells: Cell[] = [];
  for (const operation of operations) {
    for (const entry of catalog) {
      if (entry.operations && !entry.operations.includes(operation.operationId)) continue;
      const reproduction = (declaration[entry.identifier] ?? []).find(
        (candidate) => !candidate.operations || candidate.operations.includes(operation.operationId),
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
  const bytes: number[] = [];
  for (const [index, part] of raw.split(/(\\x[0-9a-fA-F]{2})/).entries()) {
    if (index % 2 === 1) bytes.push(Number.parseInt(part.slice(2), 16));
    else bytes.push(...Buffer.from(part, 'utf8'));
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

/** The environment variable names a curl command uses for a role's credentials. */
const curlCredentials: Readonly<Record<Role, string | undefined>> = {
  partner: '"$API_KEY:$API_SECRET"',
  partnerWithoutOption: '"$API_KEY_WITHOUT_OPTION:$API_SECRET_WITHOUT_OPTION"',
  partnerQuotaSpent: '"$API_KEY_QUOTA_SPENT:$API_SECRET_QUOTA_SPENT"',
  partnerRateLimited: '"$API_KEY_RATE_LIMITED:$API_SECRET_RATE_LIMITED"',
  wrongSecret: '"$API_KEY:wrong-secret"',
  none: undefined,
};

function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/** A curl command that sends the request to `serverUrl` (the brand's API root), for docs and reports. */
export function curlOf(request: ResolvedRequest, serverUrl: string): string {
  const parts = ['curl', '-X', request.method, shellQuote(`${serverUrl}${request.operation.path}`)];
  const credentials = curlCredentials[request.role];
  if (credentials) parts.push('-u', credentials);
  if (request.body.kind !== 'none') parts.push('-H', shellQuote('Content-Type: application/json'));
  for (const [name, value] of Object.entries(request.headers)) parts.push('-H', shellQuote(`${name}: ${value}`));
  if (request.body.kind === 'json') parts.push('--data-binary', shellQuote(JSON.stringify(request.body.value)));
  if (request.body.kind === 'raw') {
    // bash's $'…' reads \xHH as the byte HH, as the declaration does.
    parts.push(
      '--data-binary',
      `$'${request.body.text
        .replaceAll('\\', '\\\\')
        .replaceAll("'", "\\'")
        .replace(/\\\\x([0-9a-fA-F]{2})/g, '\\x$1')}'`,
    );
  }
  return parts.join(' ');
}

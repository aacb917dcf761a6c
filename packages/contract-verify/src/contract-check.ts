/**
 * The checks of a reply. Every reply a run sees is checked against the brand's contract: the status is one the
 * operation declares, the content type and body match its schema as the bundle's own compiled schemas read it (so
 * members the schema does not list pass where it allows them, and the identifier is in the brand's enum), and the
 * headers it declares (the request id) are there. A cell's own reply must also be the one it expects.
 */
import {
  type BrandBundle,
  jsonMediaType,
  type LocatedOperation,
  resolveRef,
  responsePointer,
  responseSchemaPointer,
} from '@error-contract/spec/bundle';
import { createBundleValidator } from '@error-contract/spec/validator';
import type { Reply } from './exchange.ts';

interface ResponseObject {
  headers?: Record<string, { required?: boolean; schema?: unknown }>;
  content?: Record<string, unknown>;
}

/** The problems of a reply from an operation, none when it honours the contract. */
export type ContractCheck = (operation: LocatedOperation, reply: Reply) => string[];

export function createContractCheck(bundle: BrandBundle): ContractCheck {
  const validator = createBundleValidator(bundle);
  const enumOf = (resolveRef(bundle, bundle.components.schemas.ErrorIdentifier) as { enum?: string[] }).enum ?? [];
  return (operation, reply) => {
    const status = String(reply.status);
    const declared = operation.responses[status];
    if (!declared) {
      const statuses = Object.keys(operation.responses).join(', ');
      return [`status ${status} is not a response ${operation.operationId} declares (${statuses})`];
    }
    const response = resolveRef(bundle, declared) as ResponseObject;
    const problems: string[] = [];
    for (const [name, header] of Object.entries(response.headers ?? {})) {
      const value = reply.headers[name.toLowerCase()];
      if (value === undefined) {
        problems.push(`header ${name} missing`);
        continue;
      }
      if (!header.schema) continue;
      const at = responsePointer(operation, status, 'headers', name, 'schema');
      for (const error of validator.validate(at, value).errors.slice(0, 1)) {
        problems.push(`header ${name} ${error.message}`);
      }
    }
    if (!response.content) return problems;
    const contentType = reply.headers['content-type'] ?? '';
    if (contentType.split(';')[0]?.trim() !== jsonMediaType) {
      return [...problems, `content type "${contentType}", expected ${jsonMediaType}`];
    }
    let body: unknown;
    try {
      body = JSON.parse(reply.body);
    } catch {
      return [...problems, 'body is not JSON'];
    }
    const identifier = (body as { identifier?: unknown } | null)?.identifier;
    if (status === '400' && typeof identifier === 'string' && !enumOf.includes(identifier)) {
      problems.push(`identifier ${identifier} is not in the brand's enum`);
    }
    const verdict = validator.validate(responseSchemaPointer(operation, status), body);
    for (const error of verdict.errors.slice(0, 3)) {
      problems.push(`body ${error.instancePath || '/'} ${error.message}`);
    }
    return problems;
  };
}

/** What a cell's reply must be besides honouring the contract: the expected status and identifier. */
export function expectationProblems(expected: { status: number; identifier: string }, reply: Reply): string[] {
  const problems: string[] = [];
  if (reply.status !== expected.status) problems.push(`status ${reply.status}, expected ${expected.status}`);
  let identifier: unknown;
  try {
    identifier = (JSON.parse(reply.body) as { identifier?: unknown } | null)?.identifier;
  } catch {
    identifier = undefined;
  }
  if (identifier !== expected.identifier) {
    problems.push(`identifier ${JSON.stringify(identifier ?? null)}, expected ${expected.identifier}`);
  }
  return problems;
}

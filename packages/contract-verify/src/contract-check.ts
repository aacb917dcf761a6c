/**
 * Every reply a run sees is checked against the brand's contract, whoever sent the request: the status is one the
 * operation declares, the content type and body match its schema (so the identifier is in the brand's enum), and
 * the headers it declares (the request id) are there.
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
import type { Reply } from './gate.ts';

interface ResponseObject {
  headers?: Record<string, { required?: boolean; schema?: unknown }>;
  content?: Record<string, unknown>;
}

export function createContractCheck(bundle: BrandBundle): (operation: LocatedOperation, reply: Reply) => string[] {
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

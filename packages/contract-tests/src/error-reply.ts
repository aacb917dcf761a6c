/**
 * A raw error reply against the brand's spec: JSON, valid against the operation's 400 schema, and an identifier
 * the operation declares among its 400 examples.
 */
import type { BrandBundle } from '@error-contract/spec/catalog';
import { operationsOf } from '@error-contract/spec/catalog';
import { type BundleValidator, pointerSegment } from '@error-contract/spec/validator';
import { problem, shown } from './problem.ts';
import type { RawReply } from './recording-fetch.ts';

interface ErrorResponseObject {
  content?: { 'application/json'?: { examples?: Record<string, unknown> } };
}

export function errorReplyProblems(
  where: string,
  reply: RawReply | undefined,
  operationId: string,
  bundle: BrandBundle,
  validator: BundleValidator,
): string[] {
  if (!reply) return [problem(where, 'a reply', 'none')];
  const operation = operationsOf(bundle).find((candidate) => candidate.operationId === operationId);
  if (!operation) return [problem(where, `the operation ${operationId} in the spec`, 'none')];
  let body: unknown;
  try {
    body = JSON.parse(reply.text);
  } catch {
    return [problem(where, 'a JSON body', shown(reply.text))];
  }
  const pointer = `#/paths/${pointerSegment(operation.path)}/${operation.method}/responses/400/content/application~1json/schema`;
  const problems = validator
    .validate(pointer, body)
    .errors.map((error) =>
      problem(
        where,
        `a body valid against ${operationId}'s 400 schema`,
        `${error.instancePath || '/'} ${error.message}`,
      ),
    );
  const declared = (operation.responses['400'] as ErrorResponseObject | undefined)?.content?.['application/json']
    ?.examples;
  const identifier = (body as { identifier?: unknown } | null)?.identifier;
  if (typeof identifier === 'string' && !(declared && identifier in declared)) {
    problems.push(problem(where, `an identifier ${operationId} declares in its 400 examples`, identifier));
  }
  return problems;
}

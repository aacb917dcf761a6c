/** What the client made of a reply: a standard API error with the expected identifier and status 400. */
import type { Result } from '@error-contract/client/idenfy';
import { problem } from './problem.ts';

function describe(result: Result<unknown, string>): string {
  switch (result.kind) {
    case 'success':
      return `success (status ${result.status})`;
    case 'api-error':
    case 'unknown-api-error':
      return `${result.kind} ${result.identifier} (status ${result.status})`;
    case 'unexpected-response':
      return `unexpected-response: ${result.reason} (status ${result.status})`;
    case 'transport-error':
      return `transport-error: ${result.reason}, ${result.message}`;
  }
}

export function classificationProblems(where: string, identifier: string, result: Result<unknown, string>): string[] {
  if (result.kind !== 'api-error') return [problem(where, `api-error ${identifier}`, describe(result))];
  return [
    ...(result.identifier === identifier ? [] : [problem(where, `identifier ${identifier}`, result.identifier)]),
    ...(result.status === 400 ? [] : [problem(where, 'status 400', String(result.status))]),
  ];
}

/** The runtime map of a brand's operations: path, `x-effect`, and whether success carries a JSON body. */
import { type BrandBundle, operationsOf, successResponseOf } from '@error-contract/spec/bundle';
import { key, str } from './literal.ts';

export function renderOperationsModule(bundle: BrandBundle): string {
  const entries = operationsOf(bundle).map((operation) => {
    if (operation.method !== 'post') {
      throw new Error(`${operation.operationId}: the client only calls POST operations, not ${operation.method}.`);
    }
    const successes = Object.keys(operation.responses).filter((status) => /^2\d\d$/.test(status));
    if (successes.length !== 1) {
      throw new Error(`${operation.operationId}: expected exactly one 2xx response, found ${successes.length}.`);
    }
    const json = successResponseOf(bundle, operation).schema !== undefined;
    return `  ${key(operation.operationId)}: [${str(operation.path)}, ${str(operation['x-effect'])}, ${json}],`;
  });
  return `import type { OperationInfo } from "../../brand.ts";
import type { operations, paths } from "./openapi.ts";

/** Each operation's [path, \`x-effect\` (only \`read\` is retried), whether its success body is JSON]. */
export const operationMap: Readonly<Record<keyof operations, OperationInfo<keyof paths>>> = {
${entries.join('\n')}
};
`;
}

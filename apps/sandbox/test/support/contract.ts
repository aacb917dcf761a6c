/** Checks a sandbox reply against the brand's spec: status, headers and body, as its operation declares them. */
import {
  type BrandBundle,
  jsonMediaType,
  type LocatedOperation,
  operationsOf,
  resolveRef,
  responsePointer,
  responseSchemaPointer,
} from '@error-contract/spec/bundle';
import { createBundleValidator } from '@error-contract/spec/validator';
import { loadBundle } from '@error-contract/spec/workspace';
import type { RawReply } from './raw-request.ts';

interface ResponseObject {
  content?: Record<string, { examples?: Record<string, unknown> }>;
}

export interface Contract {
  bundle: BrandBundle;
  /** What is wrong with a reply to `method apiPath` (the path under the brand prefix); empty when it is valid. */
  problemsOf(method: string, apiPath: string, reply: RawReply): string[];
}

const contracts = new Map<string, Contract>();
const contractsOfBundles = new WeakMap<BrandBundle, Contract>();

/** The contract of the brand's built bundle. */
export function contractOf(brand: string): Contract {
  let contract = contracts.get(brand);
  if (!contract) {
    contract = createContract(loadBundle(brand));
    contracts.set(brand, contract);
  }
  return contract;
}

/** The contract of a bundle a test made, e.g. a built one with one more identifier. */
export function contractFor(bundle: BrandBundle): Contract {
  let contract = contractsOfBundles.get(bundle);
  if (!contract) {
    contract = createContract(bundle);
    contractsOfBundles.set(bundle, contract);
  }
  return contract;
}

function requestIdPointer(operation: LocatedOperation, status: string): string {
  return responsePointer(operation, status, 'headers', 'X-Request-Id', 'schema');
}

function createContract(bundle: BrandBundle): Contract {
  const validator = createBundleValidator(bundle);
  const check = (at: string, value: unknown) =>
    validator.validate(at, value).errors.map((error) => `${at}${error.instancePath} ${error.message}`);
  // Every operation shares the standard 400: a reply that belongs to no operation is held to the first one's.
  const operations = operationsOf(bundle);
  const [first] = operations;
  if (!first) throw new Error('The bundle has no operations.');

  function errorProblems(reply: RawReply, operation: LocatedOperation, examples?: Record<string, unknown>): string[] {
    const problems = check(requestIdPointer(operation, '400'), reply.headers['x-request-id']);
    if (!reply.headers['content-type']?.startsWith('application/json')) problems.push('an error without JSON type');
    const body = parse(reply.text);
    problems.push(...check(responseSchemaPointer(operation, '400'), body));
    const identifier = String((body as { identifier?: unknown } | undefined)?.identifier);
    if (examples && !(identifier in examples)) problems.push(`the operation does not declare ${identifier}`);
    return problems;
  }

  return {
    bundle,
    problemsOf(method, apiPath, reply) {
      const lower = method.toLowerCase();
      const operation = operations.find((candidate) => candidate.path === apiPath && candidate.method === lower);
      const status = String(reply.status);
      const isHead = lower === 'head';
      if (!operation) {
        if (status !== '400') return [`${method} ${apiPath} is no operation, yet the reply is ${status}`];
        return isHead ? [] : errorProblems(reply, first);
      }
      const declared = resolveRef(bundle, operation.responses[status] as ResponseObject | undefined);
      if (!declared) return [`${operation.operationId} declares no ${status} response`];
      if (status === '400') {
        const examples = declared.content?.[jsonMediaType]?.examples;
        return errorProblems(reply, operation, examples);
      }
      if (!declared.content?.[jsonMediaType]) {
        return reply.text === '' ? [] : [`${operation.operationId} ${status} must have an empty body`];
      }
      return check(responseSchemaPointer(operation, status), parse(reply.text));
    },
  };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return `<not JSON: ${text.slice(0, 80)}>`;
  }
}

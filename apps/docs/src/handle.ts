/**
 * "Handle it": a TypeScript module that provokes the identifier against the local sandbox with the brand's typed
 * client, by sending the request of the identifier's declared reproduction (spec/reproductions), then handles it
 * and prints the identifier it handled. test/snippets-sandbox.test.ts runs every one as the handbook publishes it;
 * packages/contract-tests type-checks them against the built client.
 */
import { createHash } from 'node:crypto';
import type { Brand } from '@error-contract/spec/brand-view';
import {
  type BrandBundle,
  type LocatedOperation,
  operationById,
  operationsOf,
  requestExampleOf,
  requestSchemaPointer,
} from '@error-contract/spec/bundle';
import type { CatalogEntry } from '@error-contract/spec/catalog';
import { roles, seededCredentials } from '@error-contract/spec/local-sandbox';
import {
  type Matrix,
  matrixOf,
  type ResolvedReproduction,
  type ResolvedRequest,
} from '@error-contract/spec/reproductions';
import { type BundleValidator, createBundleValidator } from '@error-contract/spec/validator';
import { sandboxBrandUrl } from './reproduce.ts';

const quote = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const indent = (text: string, spaces: number) => text.replaceAll('\n', `\n${' '.repeat(spaces)}`);

/** Bytes as a TypeScript expression: a string when they are printable ASCII, else a Buffer of their latin1 text. */
function bytesExpression(bytes: Uint8Array): string {
  const printable = bytes.every((byte) => byte >= 0x20 && byte < 0x7f);
  if (printable) return quote(new TextDecoder().decode(bytes));
  const text = [...bytes]
    .map((byte) =>
      byte >= 0x20 && byte < 0x7f && byte !== 0x27 && byte !== 0x5c
        ? String.fromCharCode(byte)
        : `\\x${byte.toString(16).padStart(2, '0')}`,
    )
    .join('');
  return `Buffer.from('${text}', 'latin1')`;
}

/** What the typed client cannot send by itself: another method, a raw body or no body, extra headers, no credentials. */
function changesOutsideTheClient(request: ResolvedRequest): boolean {
  return (
    request.method !== request.operation.method.toUpperCase() ||
    request.body.kind !== 'json' ||
    Object.keys(request.headers).length > 0 ||
    seededCredentials(request.role) === undefined
  );
}

/**
 * The client's `fetch` option that sends the request as the reproduction declares it, for what the typed client
 * cannot send by itself; undefined when it can send the request as it is.
 */
function fetchOption(request: ResolvedRequest): string | undefined {
  if (!changesOutsideTheClient(request)) return undefined;
  const setHeaders = [
    ...(seededCredentials(request.role) ? [] : ["request.headers.delete('Authorization');"]),
    ...Object.entries(request.headers).map(([name, value]) => `request.headers.set(${quote(name)}, ${quote(value)});`),
  ];
  const sameMethod = request.method === request.operation.method.toUpperCase();
  const send =
    sameMethod && request.body.kind === 'json'
      ? 'fetch(request, init)'
      : `fetch(request.url, {\n${[
          `method: ${quote(request.method)}`,
          'headers: request.headers',
          ...(request.body.kind === 'raw' ? [`body: ${bytesExpression(request.body.bytes)}`] : []),
          'signal: init.signal',
        ]
          .map((line) => `  ${line},`)
          .join('\n')}\n})`;
  const body = setHeaders.length > 0 ? `{\n  ${[...setHeaders, `return ${indent(send, 2)};`].join('\n  ')}\n}` : send;
  return `// The client's fetch option, to send what the typed client never would.\nfetch: (request, init) => ${body},`;
}

interface Shown {
  operation: LocatedOperation;
  reproduction: ResolvedReproduction;
}

/**
 * What every "Handle it" of a bundle reads, worked out once per page rather than once per identifier: at 105
 * operations × 210 identifiers, finding each identifier's cells and operations anew made the handbook's build
 * quadratic.
 */
export interface HandleContext {
  validator: BundleValidator;
  /** Each identifier's declared reproductions, with the operation each is declared on, in the matrix's order. */
  shownCandidates: Map<string, Shown[]>;
}

export function handleContextOf(bundle: BrandBundle, matrix: Matrix = matrixOf(bundle)): HandleContext {
  const operations = new Map(operationsOf(bundle).map((operation) => [operation.operationId, operation]));
  const shownCandidates = new Map<string, Shown[]>();
  for (const cell of matrix.cells) {
    const operation = operations.get(cell.operationId);
    if (!cell.reproduction || !operation) continue;
    const candidates = shownCandidates.get(cell.identifier) ?? [];
    candidates.push({ operation, reproduction: cell.reproduction });
    shownCandidates.set(cell.identifier, candidates);
  }
  return { validator: validatorOf(bundle), shownCandidates };
}

/**
 * The reproduction the snippet shows: of a retryable identifier, one on a read (the client retries reads by itself);
 * then one the typed client sends as it is, with a body its types accept; then the first declared.
 */
function shownReproduction(entry: CatalogEntry, { validator, shownCandidates }: HandleContext): Shown {
  const cost = ({ operation, reproduction }: Shown) =>
    (entry.retryable && operation['x-effect'] !== 'read' ? 4 : 0) +
    (changesOutsideTheClient(reproduction.request) ? 2 : 0) +
    (reproduction.request.body.kind === 'json' && !validBody(reproduction.request, validator) ? 1 : 0);
  // The first of the cheapest, each cost worked out once (a cost validates a body): the first that costs nothing ends it.
  let best: Shown | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const candidate of shownCandidates.get(entry.identifier) ?? []) {
    const candidateCost = cost(candidate);
    if (candidateCost < bestCost) [best, bestCost] = [candidate, candidateCost];
    if (bestCost === 0) break;
  }
  if (!best) throw new Error(`${entry.identifier}: no declared reproduction, so "Handle it" cannot provoke it.`);
  return best;
}

/**
 * One validator per bundle content, the last few kept: compiling the bundle's schemas is the costly part. Extensions
 * (`x-…`: the catalog, enum descriptions, code samples) are no keywords to the validator, so bundles that differ in
 * them alone, as after an edited explanation in `pnpm dev`, share one.
 */
const validators = new Map<string, BundleValidator>();
const KEPT_VALIDATORS = 4;
function validatorOf(bundle: BrandBundle): BundleValidator {
  const schemas = JSON.stringify(bundle, (name, value) => (name.startsWith('x-') ? undefined : value));
  const key = createHash('sha256').update(schemas).digest('hex');
  const validator = validators.get(key) ?? createBundleValidator(bundle);
  validators.delete(key);
  validators.set(key, validator);
  for (const old of validators.keys()) if (validators.size > KEPT_VALIDATORS) validators.delete(old);
  return validator;
}

/** Whether the typed client's types accept the body, as far as its schema tells: they are generated from it. */
function validBody(request: ResolvedRequest, validator: BundleValidator): boolean {
  return (
    request.body.kind !== 'json' ||
    validator.validate(requestSchemaPointer(request.operation), request.body.value).valid
  );
}

/**
 * One request as a statement, after a comment that says what it does: the call with its typed body (the operation's
 * example where the fetch option sends another), assigned to `result` for the request that gets the identifier.
 */
function statementOf(
  bundle: BrandBundle,
  { summary, client, request, result }: { summary: string; client: string; request: ResolvedRequest; result?: string },
  validator: BundleValidator,
): string {
  const body = request.body.kind === 'json' ? request.body.value : requestExampleOf(bundle, request.operation);
  const valid = validBody(request, validator);
  const comments = [
    `// ${summary}`,
    ...(valid ? [] : ['// The body breaks the request schema, as the error needs: `as never` gets it past the types.']),
  ];
  const call = `await ${client}.${request.operation.operationId}(${JSON.stringify(body, null, 2)}${valid ? '' : ' as never'});`;
  return `${comments.join('\n')}\n${result ? `const ${result} = ` : ''}${call}`;
}

/**
 * The options of a client that sends `request` to the local sandbox: the public test keys of its role (a role without
 * credentials gets placeholder keys, whose header its fetch option drops), and the fetch option it needs.
 */
function clientOptions(brand: Brand, request: ResolvedRequest): string {
  const credentials = seededCredentials(request.role);
  const keys = credentials
    ? `// The local sandbox (\`pnpm start\`) and its public test keys of ${roles[request.role].description}.`
    : `// The local sandbox (\`pnpm start\`), with ${roles[request.role].description}: the keys are placeholders.`;
  const fetch = fetchOption(request);
  return [
    keys,
    '// Against the API, leave out baseUrl and use your own key pair.',
    `baseUrl: ${quote(sandboxBrandUrl(brand.id))},`,
    `apiKey: ${quote(credentials?.apiKey ?? 'placeholder-key')},`,
    `apiSecret: ${quote(credentials?.apiSecret ?? 'placeholder-secret')},`,
    ...(fetch ? [fetch] : []),
  ].join('\n');
}

/** What to do about the identifier, as the retry policy of the client and the catalog's retry hint say. */
function actionComment(entry: CatalogEntry, operation: LocatedOperation): string {
  if (!entry.retryable) return '// Not retryable: change the request (see "How to fix it") before sending it again.';
  return operation['x-effect'] === 'read'
    ? '// Retryable: the client has already retried this read up to maxRetries times; try again later.'
    : `// Retryable, but the client never repeats ${operation.operationId} by itself: retry once you know it had no effect.`;
}

/** A TypeScript module that provokes the identifier against the local sandbox with `brand`'s client and handles it. */
export function handleSnippet(
  brand: Brand,
  bundle: BrandBundle,
  entry: CatalogEntry,
  context: HandleContext = handleContextOf(bundle),
): string {
  const { validator } = context;
  const { operation, reproduction } = shownReproduction(entry, context);
  const steps = [...reproduction.before, { summary: reproduction.summary, request: reproduction.request }];
  // One client per role and fetch option the steps need; most reproductions need one.
  const clientKey = (request: ResolvedRequest) => `${request.role} ${fetchOption(request) ?? ''}`;
  const firstOf = new Map<string, ResolvedRequest>();
  for (const step of steps)
    if (!firstOf.has(clientKey(step.request))) firstOf.set(clientKey(step.request), step.request);
  const keys = [...firstOf.keys()];
  const clientName = (request: ResolvedRequest) =>
    keys.length === 1 ? 'client' : `client${keys.indexOf(clientKey(request)) + 1}`;
  const clients = [...firstOf.values()].map(
    (request) =>
      `const ${clientName(request)} = ${brand.clientFactory}({\n  ${indent(clientOptions(brand, request), 2)}\n});`,
  );
  const statements = steps.map((step, index) =>
    statementOf(
      bundle,
      {
        summary: step.summary,
        client: clientName(step.request),
        request: step.request,
        result: index === steps.length - 1 ? 'result' : undefined,
      },
      validator,
    ),
  );
  return `import { ${brand.clientFactory} } from '${brand.packages.client}';

${clients.join('\n\n')}

${statements.join('\n\n')}

if (result.kind === 'api-error' && result.identifier === '${entry.identifier}') {
  ${actionComment(entry, operation)}
  console.log(\`Handled \${result.identifier}: \${result.message} (request id \${result.requestId}, \${result.docsUrl})\`);
}
`;
}

/**
 * The TypeScript unit test of the handbook's "Test it": the same handling against the client's MSW handler of the
 * identifier (its `/testing/msw` entry point), with node:test, for the operation the kits' tests use too.
 */
export function doubleTestSnippet(brand: Brand, bundle: BrandBundle, operationId: string, identifier: string): string {
  const body = JSON.stringify(requestExampleOf(bundle, operationById(bundle, operationId)), null, 2);
  return `import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setupServer } from 'msw/node';
import { ${brand.clientFactory} } from '${brand.packages.client}';
import { handlers } from '${brand.packages.client}/testing/msw';

test('handles ${identifier} from ${operationId}', async () => {
  const server = setupServer(handlers.${operationId}.${identifier}());
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const client = ${brand.clientFactory}({ apiKey: 'test-key', apiSecret: 'test-secret' });
    const result = await client.${operationId}(${indent(body, 4)});
    assert.ok(result.kind === 'api-error' && result.identifier === '${identifier}');
  } finally {
    server.close();
  }
});
`;
}

/**
 * The Arazzo export (https://spec.openapis.org/arazzo/v1.0.1): per brand, a workflow for every declared cell an
 * Arazzo document can express, its steps the cell's requests, its success criteria the expected status and
 * identifier, so `redocly respect` (or any Arazzo runner) reproduces the matrix. Credentials are read from the
 * environment variables the CLI reads (`$inputs.env.…`): the document holds no secret. `contract:verify` does not
 * run it; a test runs it with respect against the sandbox, so it stays true.
 */
import type { BrandBundle } from '@error-contract/spec/bundle';
import type { Matrix, ResolvedRequest } from '@error-contract/spec/reproductions';
import { loadBundle } from '@error-contract/spec/workspace';
import { dump } from 'js-yaml';
import { credentialEnvOf, documentedWrongSecret } from './credentials.ts';
import { type DeclaredCell, matrixFor, requestsOf } from './plan.ts';

/** The name of the brand bundle among the document's source descriptions: respect's `--server api=<root>`. */
export const sourceName = 'api';

export type ArazzoDocument = Record<string, unknown>;

/** The name of the inputs every workflow reads, among the document's components. */
const INPUTS = 'brandApi';

/**
 * A cell's workflow id: `createToken-BAD_VALUE`. Not a dot: a runtime expression naming the workflow
 * (`$workflows.<id>.inputs`) would split at it.
 */
export function cellId(cell: { operationId: string; identifier: string }): string {
  return `${cell.operationId}-${cell.identifier}`;
}

/**
 * Why respect cannot send a request as declared, or undefined when it can: it JSON-encodes a string payload and
 * sends no body at all for `payload: {}`.
 */
function inexpressible({ body }: ResolvedRequest): string | undefined {
  if (body.kind === 'raw') return 'its body is exact bytes, which respect would send JSON-encoded as a string';
  const value = body.kind === 'json' ? body.value : undefined;
  if (typeof value === 'object' && value !== null && Object.keys(value).length === 0) {
    return 'its body is an empty JSON object, for which respect sends no body';
  }
  return undefined;
}

interface ArazzoStep {
  stepId: string;
  description: string;
  operationId?: string;
  'x-operation'?: { method: string; url: string };
  parameters?: Array<{ name: string; in: 'header'; value: string }>;
  'x-security'?: unknown[];
  requestBody?: { contentType: string; payload: unknown };
  successCriteria?: Array<{ condition: string }>;
}

function stepOf(workflowId: string, stepId: string, description: string, request: ResolvedRequest): ArazzoStep {
  const { operation } = request;
  const step: ArazzoStep = { stepId, description };
  if (request.method.toLowerCase() === operation.method) step.operationId = operation.operationId;
  else {
    // A method the operation does not have is no operation of the bundle: respect's x-operation sends it. respect
    // reads its url before the workflow's inputs are `$inputs`, so the url names them through `$workflows`.
    const url = `{$workflows.${workflowId}.inputs.server}${operation.path}`;
    step['x-operation'] = { method: request.method.toLowerCase(), url };
  }
  const headers = Object.entries(request.headers);
  if (headers.length > 0) step.parameters = headers.map(([name, value]) => ({ name, in: 'header', value }));
  if (request.role !== 'none') {
    const env = credentialEnvOf(request.role);
    const password = env.secret ? `$inputs.env.${env.secret}` : documentedWrongSecret;
    step['x-security'] = [
      { scheme: { type: 'http', scheme: 'basic' }, values: { username: `$inputs.env.${env.key}`, password } },
    ];
  }
  if (request.body.kind === 'json') step.requestBody = { contentType: 'application/json', payload: request.body.value };
  return step;
}

function workflowOf(cell: DeclaredCell, inputs: { $ref: string }) {
  const { reproduction } = cell;
  const workflowId = cellId(cell);
  const steps = reproduction.before.map((step, index) =>
    stepOf(workflowId, `before${index + 1}`, step.summary, step.request),
  );
  const reproduce = stepOf(workflowId, 'reproduce', reproduction.summary, reproduction.request);
  reproduce.successCriteria = [
    { condition: `$statusCode == ${reproduction.status}` },
    { condition: `$response.body#/identifier == '${cell.identifier}'` },
  ];
  const sandboxOnly = reproduction.sandboxOnly ? ` Needs ${reproduction.sandboxOnly}.` : '';
  return {
    workflowId,
    summary: `${cell.identifier} from ${cell.operationId}`,
    description: `${reproduction.summary}${sandboxOnly}`,
    inputs,
    steps: [...steps, reproduce],
  };
}

/** The brand's Arazzo document; `bundleUrl` is where the brand bundle is, relative to the document. */
export function arazzoDocument(bundle: BrandBundle, matrix: Matrix, bundleUrl: string): ArazzoDocument {
  const declared = matrix.cells.filter((cell): cell is DeclaredCell => cell.reproduction !== undefined);
  const leftOut: Array<{ workflowId: string; reason: string }> = [];
  const expressed = declared.filter((cell) => {
    const reason = requestsOf(cell)
      .map(inexpressible)
      .find((why) => why !== undefined);
    if (reason) leftOut.push({ workflowId: cellId(cell), reason });
    return reason === undefined;
  });
  const env = new Map<string, unknown>();
  for (const request of expressed.flatMap(requestsOf)) {
    if (request.role === 'none') continue;
    const { key, secret } = credentialEnvOf(request.role);
    env.set(key, { type: 'string' });
    if (secret) env.set(secret, { type: 'string', format: 'password' });
  }
  const server = bundle.servers[0]?.url ?? '';
  // Every workflow reads the same inputs, named once in the components (they were two fifths of each workflow's
  // bytes); respect fills `env` from its environment and `server` from `--input`.
  const inputs = {
    type: 'object',
    properties: {
      server: { type: 'string', default: server, description: 'The API root the x-operation steps are sent to.' },
      env: { type: 'object', properties: Object.fromEntries(env) },
    },
  };
  return {
    arazzo: '1.0.1',
    info: {
      title: `${bundle.info.title}: the reachability matrix of the standard API errors`,
      summary: 'Generated by @error-contract/contract-verify from spec/reproductions; do not edit.',
      description: [
        `One workflow per declared (operation × identifier) cell of the brand's matrix that an Arazzo document can express: ${expressed.length} of ${declared.length}.`,
        `The ${leftOut.length} left out (\`x-left-out\`) send a body of exact bytes or an empty JSON object; \`pnpm contract:verify\` reproduces every cell.`,
        `Run against a brand API root: \`redocly respect <this file> --server ${sourceName}=<root> --input server=<root>\`, with the credentials in ${[...env.keys()].join(', ')}.`,
        "respect's own schema check rejects members a schema does not list, which the spec allows (the real API adds `documentation` and `severity` to error bodies): against such a server add `--severity SCHEMA_CHECK=warn`; the success criteria still check each status and identifier.",
      ].join('\n'),
      version: bundle.info.version,
    },
    sourceDescriptions: [{ name: sourceName, url: bundleUrl, type: 'openapi' }],
    workflows: expressed.map((cell) => workflowOf(cell, { $ref: `#/components/inputs/${INPUTS}` })),
    components: { inputs: { [INPUTS]: inputs } },
    'x-left-out': leftOut,
  };
}

/**
 * The document as YAML, written by the library that reads it (js-yaml, in Redocly's core and so in respect): it
 * quotes what its reader would take for another type, such as a date (`'1990-04-17'`), and it writes a large API's
 * document in a quarter of the time the `yaml` package takes (at 105 operations × 210 identifiers, 18 MB: 1.1 s
 * against 4.1 s). No line is folded, no object aliased.
 */
export function arazzoYaml(document: ArazzoDocument): string {
  return dump(document, { lineWidth: -1, noRefs: true });
}

/**
 * The brand's Arazzo document as YAML, for a site that publishes it next to the brand bundle (`openapi.json` by
 * default, as the docs site does).
 */
export function arazzoExport(brand: string, bundleUrl = 'openapi.json', bundle = loadBundle(brand)): string {
  return arazzoYaml(arazzoDocument(bundle, matrixFor(bundle), bundleUrl));
}

/**
 * The error handbook of a brand: one entry per identifier, anchored at its docs anchor, written as Markdown (the
 * page's `.md` twin) and rendered to HTML from it. Every fact comes from the brand bundle: explanation, causes, fix,
 * retry hint, operations and example; the typed client's behaviour from the operations' `x-effect`.
 */
import type { Brand } from '@error-contract/spec/brand-view';
import { type BrandBundle, type LocatedOperation, operationsOf, requestExampleOf } from '@error-contract/spec/bundle';
import { type CatalogEntry, canReturn, catalogOf, causeOf } from '@error-contract/spec/catalog';
import { matrixOf } from '@error-contract/spec/reproductions';
import { type CurlReproduction, reproductionMarkdown, reproductionOf } from './reproduce.ts';

export interface HandbookEntry {
  identifier: string;
  anchor: string;
  explanation: string;
  /** Each operation that can return it, with what triggers it there. */
  causes: Array<{ operationId: string; summary: string; cause: string }>;
  fix: string;
  retrying: string;
  example: unknown;
  /** The curl commands that make the sandbox return it, when the reproduction declaration has them. */
  reproduce?: CurlReproduction;
  handle: string;
}

const fence = (lang: string, code: string) => `\`\`\`${lang}\n${code.trimEnd()}\n\`\`\``;

function operationsReturning(bundle: BrandBundle, entry: CatalogEntry): LocatedOperation[] {
  return operationsOf(bundle).filter((operation) => canReturn(entry, operation.operationId));
}

/** Whether a retry can help, and what the typed client does on its own (its policy: only `read` operations). */
export function retryingText(entry: CatalogEntry, operations: LocatedOperation[]): string {
  if (!entry.retryable) {
    return 'No: the same request fails the same way until it is changed. The typed client never retries it.';
  }
  const reads = operations.filter((operation) => operation['x-effect'] === 'read').map((op) => `\`${op.operationId}\``);
  const others = operations
    .filter((operation) => operation['x-effect'] !== 'read')
    .map((op) => `\`${op.operationId}\``);
  const clientDoes = [
    reads.length > 0
      ? `The typed client retries it on its own for ${reads.join(', ')} (reads, safe to repeat): up to \`maxRetries\` times (default 2), with exponential backoff and jitter, honouring \`Retry-After\`.`
      : '',
    others.length > 0
      ? `It never retries ${others.join(', ')} on its own, since repeating them could create, consume or delete twice: retry those yourself only once you know the first attempt had no effect.`
      : '',
  ].filter(Boolean);
  return `Yes: the same request can succeed later. ${clientDoes.join(' ')}`;
}

/** A TypeScript module that calls an operation that can return the identifier and handles it, for `brand`'s client. */
export function handleSnippet(brand: Brand, bundle: BrandBundle, entry: CatalogEntry): string {
  const operations = operationsReturning(bundle, entry);
  // A retryable error is best shown on a read, the operations the client retries by itself.
  const operation =
    (entry.retryable ? operations.find((candidate) => candidate['x-effect'] === 'read') : undefined) ?? operations[0];
  if (!operation) throw new Error(`${brand.id}: ${entry.identifier}: no operation can return it.`);
  const request = JSON.stringify(requestExampleOf(bundle, operation), null, 2);
  const action = !entry.retryable
    ? '// Not retryable: change the request (see "How to fix it") before sending it again.'
    : operation['x-effect'] === 'read'
      ? '// Retryable: the client has already retried this read up to maxRetries times; try again later.'
      : `// Retryable, but the client never repeats ${operation.operationId} by itself: retry once you know it had no effect.`;
  return `import { ${brand.clientFactory} } from '${brand.clientModule}';

const client = ${brand.clientFactory}({
  apiKey: process.env.API_KEY ?? '',
  apiSecret: process.env.API_SECRET ?? '',
});

const result = await client.${operation.operationId}(${request});

if (result.kind === 'api-error' && result.identifier === '${entry.identifier}') {
  ${action}
  console.error(result.message, result.requestId, result.docsUrl);
}
`;
}

export function handbookEntries(brand: Brand, bundle: BrandBundle): HandbookEntry[] {
  // Built once per page, not once per identifier: it has a cell per operation × identifier.
  const matrix = matrixOf(bundle);
  return catalogOf(bundle).map((entry) => {
    const operations = operationsReturning(bundle, entry);
    return {
      identifier: entry.identifier,
      anchor: entry.docsAnchor,
      explanation: entry.explanation,
      causes: operations.map((operation) => ({
        operationId: operation.operationId,
        summary: String(operation.summary ?? operation.operationId),
        cause: causeOf(entry, operation.operationId) ?? '',
      })),
      fix: entry.fix,
      retrying: retryingText(entry, operations),
      example: bundle.components.examples?.[entry.identifier]?.value,
      reproduce: reproductionOf(brand, bundle, entry.identifier, matrix),
      handle: handleSnippet(brand, bundle, entry),
    };
  });
}

/** One item per distinct cause, naming the operations it applies to, in document order. */
function causesList(causes: HandbookEntry['causes']): string {
  const byCause = new Map<string, string[]>();
  for (const { operationId, summary, cause } of causes) {
    byCause.set(cause, [...(byCause.get(cause) ?? []), `\`${operationId}\` (${summary})`]);
  }
  return [...byCause].map(([cause, operations]) => `- ${operations.join(', ')}: ${cause}`).join('\n');
}

/** One entry as Markdown; its heading carries the anchor as `{#anchor}`, which the HTML rendering turns into an id. */
export function entryMarkdown(entry: HandbookEntry): string {
  const blocks = [
    `## ${entry.identifier} {#${entry.anchor}}`,
    `**Explanation:** ${entry.explanation}`,
    '### Causes',
    causesList(entry.causes),
    '### How to fix it',
    entry.fix,
    '### Retrying',
    entry.retrying,
    '### Example body',
    'HTTP status 400, with this JSON body:',
    fence('json', JSON.stringify(entry.example, null, 2)),
  ];
  if (entry.reproduce) {
    const { lead, script } = reproductionMarkdown(entry.reproduce);
    blocks.push('### Reproduce it', lead, fence('sh', script));
  }
  blocks.push('### Handle it', 'With the typed client:', fence('ts', entry.handle));
  return blocks.join('\n\n');
}

export interface HandbookPage {
  title: string;
  intro: string;
  entries: HandbookEntry[];
}

export function handbookMarkdown({ title, intro, entries }: HandbookPage): string {
  const contents = entries.map((entry) => `- [${entry.identifier}](#${entry.anchor})`).join('\n');
  return `${[`# ${title}`, intro, contents, ...entries.map(entryMarkdown)].join('\n\n')}\n`;
}

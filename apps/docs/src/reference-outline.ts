/**
 * The reference's Markdown twin: each operation with what it does and the set of identifiers it can return, linked
 * to the handbook, which lists each set's identifiers and operations once.
 */
import type { BrandBundle } from '@error-contract/spec/bundle';
import { operationsOf } from '@error-contract/spec/bundle';
import { errorDocsUrl } from '@error-contract/spec/site-routes';
import { type IdentifierSets, identifierSetsOf } from './identifier-sets.ts';

export function referenceMarkdown(
  brand: string,
  bundle: BrandBundle,
  sets: IdentifierSets = identifierSetsOf(bundle),
): string {
  const server = bundle.servers[0]?.url ?? '';
  // A set's section in the handbook, on the same page as the identifiers' entries.
  const setUrl = (name: string) => errorDocsUrl(bundle.externalDocs.url, brand, name);
  const blocks = [
    `# ${bundle.info.title} reference`,
    String(bundle.info.description ?? '').trim(),
    `Server: \`${server}\``,
    'Operations that can return the same standard API errors share a set of identifiers, named as the OpenAPI document names the 400 response they share. Each operation below names its set; the error handbook lists each set once, with its identifiers and operations, and explains every identifier.',
  ];
  for (const operation of operationsOf(bundle)) {
    const set = sets.byOperation.get(operation.operationId);
    blocks.push(
      `## ${String(operation.summary ?? operation.operationId)} {#${operation.operationId}}`,
      `\`${operation.method.toUpperCase()} ${operation.path}\` (operationId \`${operation.operationId}\`, effect \`${operation['x-effect']}\`)`,
      String(operation.description ?? '').trim(),
      set
        ? `Standard API errors it can return (HTTP 400): the identifiers of the set [\`${set.name}\`](${setUrl(set.name)}).`
        : '',
    );
  }
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

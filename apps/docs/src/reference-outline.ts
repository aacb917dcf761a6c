/** The reference's Markdown twin: each operation with what it does and the identifiers it can return, linked. */
import type { BrandBundle } from '@error-contract/spec/bundle';
import { operationsOf } from '@error-contract/spec/bundle';
import { canReturn, catalogOf } from '@error-contract/spec/catalog';
import { errorDocsUrl } from '@error-contract/spec/site-routes';

export function referenceMarkdown(brand: string, bundle: BrandBundle): string {
  const catalog = catalogOf(bundle);
  const server = bundle.servers[0]?.url ?? '';
  const blocks = [
    `# ${bundle.info.title} reference`,
    String(bundle.info.description ?? '').trim(),
    `Server: \`${server}\``,
  ];
  for (const operation of operationsOf(bundle)) {
    const identifiers = catalog.filter((entry) => canReturn(entry, operation.operationId));
    blocks.push(
      `## ${String(operation.summary ?? operation.operationId)} {#${operation.operationId}}`,
      `\`${operation.method.toUpperCase()} ${operation.path}\` (operationId \`${operation.operationId}\`, effect \`${operation['x-effect']}\`)`,
      String(operation.description ?? '').trim(),
      'Standard API errors it can return (HTTP 400):',
      identifiers
        .map(
          (entry) =>
            `- [\`${entry.identifier}\`](${errorDocsUrl(bundle.externalDocs.url, brand, entry.docsAnchor)}): ${entry.explanation}`,
        )
        .join('\n'),
    );
  }
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

/**
 * The error handbook of a brand: one entry per identifier, anchored at its docs anchor, written as Markdown (the
 * page's `.md` twin) and rendered to HTML from it, beside a list of every identifier with its one-line summary. Every
 * fact comes from the brand bundle: explanation, causes, fix, retry hint, operations, statuses and example; the typed
 * client's behaviour from the operations' `x-effect`.
 */

import { type DoubleTests, doubleTestCells, doubleTests } from '@error-contract/kits/codegen';
import type { Brand } from '@error-contract/spec/brand-view';
import { type BrandBundle, type LocatedOperation, operationsOf } from '@error-contract/spec/bundle';
import { type CatalogEntry, canReturn, catalogOf, causeOf } from '@error-contract/spec/catalog';
import { matrixOf } from '@error-contract/spec/reproductions';
import { doubleTestSnippet, handleSnippet } from './handle.ts';
import { escapeHtml } from './html.ts';
import { renderInline } from './markdown.ts';
import { type CurlReproduction, reproductionMarkdown, reproductionOf } from './reproduce.ts';

// packages/contract-tests type-checks the snippets it writes; test/snippets-sandbox.test.ts runs them.
export { doubleTestSnippet, handleSnippet };

export interface HandbookEntry {
  identifier: string;
  anchor: string;
  /** The one-line summary: the catalog's explanation. */
  explanation: string;
  /** The HTTP statuses it comes with, as its reproductions declare them. */
  statuses: number[];
  retryable: boolean;
  /** Each operation that can return it, with what triggers it there. */
  causes: Array<{ operationId: string; summary: string; cause: string }>;
  fix: string;
  retrying: string;
  example: unknown;
  /** The curl commands that make the sandbox return it, when the reproduction declaration has them. */
  reproduce?: CurlReproduction;
  /** A TypeScript module that provokes it against the sandbox and handles it, when a reproduction is declared. */
  handle?: string;
  /** "Handle it" in a unit test, per language, on the test double of the first operation that can return it. */
  tests?: DoubleTests & { ts: string };
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

export function handbookEntries(brand: Brand, bundle: BrandBundle): HandbookEntry[] {
  // Built once per page, not once per identifier: it has a cell per operation × identifier.
  const matrix = matrixOf(bundle);
  const testCells = new Map(doubleTestCells(brand.id, bundle).map((cell) => [cell.identifier, cell]));
  return catalogOf(bundle).map((entry) => {
    const testCell = testCells.get(entry.identifier);
    const operations = operationsReturning(bundle, entry);
    const cells = matrix.cells.filter((cell) => cell.identifier === entry.identifier);
    return {
      identifier: entry.identifier,
      anchor: entry.docsAnchor,
      explanation: entry.explanation,
      statuses: [...new Set(cells.flatMap((cell) => (cell.reproduction ? [cell.reproduction.status] : [])))].sort(
        (a, b) => a - b,
      ),
      retryable: entry.retryable,
      causes: operations.map((operation) => ({
        operationId: operation.operationId,
        summary: String(operation.summary ?? operation.operationId),
        cause: causeOf(entry, operation.operationId) ?? '',
      })),
      fix: entry.fix,
      retrying: retryingText(entry, operations),
      example: bundle.components.examples?.[entry.identifier]?.value,
      reproduce: reproductionOf(brand, bundle, entry.identifier, matrix),
      // Both need a declared reproduction (the lint requires one per cell; a spec being edited may lack it).
      handle: cells.some((cell) => cell.reproduction) ? handleSnippet(brand, bundle, entry, matrix) : undefined,
      tests: testCell && {
        ts: doubleTestSnippet(brand, bundle, testCell.operationId, entry.identifier),
        ...doubleTests(testCell),
      },
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
  const statuses = entry.statuses.join(', ');
  const operations = [...new Set(entry.causes.map((cause) => `\`${cause.operationId}\``))].join(', ');
  const blocks = [
    `## ${entry.identifier} {#${entry.anchor}}`,
    entry.explanation,
    // At a glance, right under the summary: rendered as a row of facts (assets/site.css: `h2 + p + ul`).
    [
      `- **HTTP ${entry.statuses.length > 1 ? 'statuses' : 'status'}:** ${statuses}`,
      `- **Retryable:** ${entry.retryable ? 'yes' : 'no'}`,
      `- **Returned by:** ${operations}`,
    ].join('\n'),
    '### Causes',
    causesList(entry.causes),
    '### How to fix it',
    entry.fix,
    '### Retrying',
    entry.retrying,
    '### Example body',
    `HTTP status ${statuses}, with this JSON body:`,
    fence('json', JSON.stringify(entry.example, null, 2)),
  ];
  if (entry.reproduce) {
    const { lead, script } = reproductionMarkdown(entry.reproduce);
    blocks.push('### Reproduce it', lead, fence('sh', script));
  }
  if (entry.handle) {
    blocks.push(
      '### Handle it',
      'With the typed client: this module provokes the error against the local sandbox, then handles it (run it with `npx tsx handle.ts`).',
      fence('ts', entry.handle),
    );
  }
  if (entry.tests) {
    const { ts, python, go, php } = entry.tests;
    // Still "Handle it": the same handling, in a unit test on the contract's test double of the error.
    blocks.push(
      "In a unit test, without a server or the sandbox, on the contract's test double of the error. With the client and MSW (`node --import tsx --test handle.test.ts`):",
      fence('ts', ts),
      'With the Python kit and respx (pytest):',
      fence('python', python),
      'With the Go kit and `httptest.NewServer` (`go test`):',
      fence('go', go),
      "With the PHP kit's PSR-7 response, which Guzzle's `MockHandler` serves (PHPUnit):",
      fence('php', php),
    );
  }
  return blocks.join('\n\n');
}

export interface HandbookPage {
  title: string;
  intro: string;
  entries: HandbookEntry[];
}

/**
 * The page as Markdown: title, introduction, the list of identifiers with their summaries (the HTML page has it as
 * its side navigation instead, `contents: false`), then the entries.
 */
export function handbookMarkdown({ title, intro, entries }: HandbookPage, { contents = true } = {}): string {
  const list = entries.map((entry) => `- [${entry.identifier}](#${entry.anchor}): ${entry.explanation}`).join('\n');
  return `${[`# ${title}`, intro, ...(contents ? [list] : []), ...entries.map(entryMarkdown)].join('\n\n')}\n`;
}

/**
 * The list of identifiers beside the entries: each with its one-line summary, sticky on wide screens and folded
 * into a disclosure on narrow ones; it works without script (assets/site.js only marks the entry being read).
 */
export function handbookNav(entries: readonly HandbookEntry[]): string {
  const items = entries
    .map(
      (entry) =>
        `<li><a href="#${escapeHtml(entry.anchor)}"><code>${escapeHtml(entry.identifier)}</code><span>${renderInline(entry.explanation)}</span></a></li>`,
    )
    .join('\n        ');
  return `<nav class="toc" aria-label="Identifiers">
    <details>
      <summary>All ${entries.length} identifiers</summary>
      <ol>
        ${items}
      </ol>
    </details>
  </nav>`;
}

/** How the entry being read is marked in the list: by the script as it scrolls, else the entry the URL points at. */
const CURRENT_ENTRY = 'font-weight:600;border-left-color:var(--accent);background:var(--current)';

/** The page's own CSS: marks the current entry, without script too (CSS cannot compare an id with an href). */
export function handbookStyle(entries: readonly HandbookEntry[]): string {
  const targeted = entries.map(({ anchor }) => `:root:not(.js):has([id="${anchor}"]:target) .toc a[href="#${anchor}"]`);
  return `${['.toc a[aria-current]', ...targeted].join(',')}{${CURRENT_ENTRY}}`;
}

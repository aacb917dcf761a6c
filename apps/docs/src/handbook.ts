/**
 * The error handbook of a brand: one entry per identifier, anchored at its docs anchor, written as Markdown (the
 * page's `.md` twin) and rendered to HTML from it, beside a list of every identifier with its one-line summary; then
 * each shared set of identifiers once, with its operations, which the entries name instead of listing operations.
 * Every fact comes from the brand bundle: explanation, causes, fix, retry hint, operations, statuses and example; the
 * typed client's behaviour from the operations' `x-effect`.
 */

import { type DoubleTests, doubleTestCells, doubleTests } from '@error-contract/kits/double-tests';
import type { Brand } from '@error-contract/spec/brand-view';
import { type BrandBundle, type LocatedOperation, operationsOf } from '@error-contract/spec/bundle';
import { type CatalogEntry, catalogOf, DEFAULT_CAUSE } from '@error-contract/spec/catalog';
import { matrixOf } from '@error-contract/spec/reproductions';
import { doubleTestSnippet, handleContextOf, handleSnippet } from './handle.ts';
import { escapeHtml } from './html.ts';
import { type IdentifierSet, type IdentifierSets, identifierSetsOf, setsReturning } from './identifier-sets.ts';
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
  /** Whether every operation can return it; else the sets of identifiers whose operations can. */
  everyOperation: boolean;
  sets: IdentifierSet[];
  /**
   * What triggers it: each distinct cause once, with the operations whose own cause it is, and whether it is the cause
   * on every other operation that can return it (the catalog's `default`).
   */
  causes: Array<{ cause: string; operations: Array<{ operationId: string; summary: string }>; others: boolean }>;
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

/** Where the handbook lists each operation's effect: with its set of identifiers, after the entries. */
const SETS_HEADING = 'Which operations return which identifiers';

/**
 * Whether a retry can help, and what the typed client does on its own (its policy: only `read` operations). It
 * names no operation: the operations and their effects are listed once, with their set of identifiers.
 */
export function retryingText(entry: CatalogEntry, operations: readonly LocatedOperation[]): string {
  if (!entry.retryable) {
    return 'No: the same request fails the same way until it is changed. The typed client never retries it.';
  }
  const reads = operations.some((operation) => operation['x-effect'] === 'read');
  const others = operations.some((operation) => operation['x-effect'] !== 'read');
  const clientDoes = [
    reads
      ? 'The typed client retries it on its own on the operations that only read (`x-effect: read`, safe to repeat): up to `maxRetries` times (default 2), with exponential backoff and jitter, honouring `Retry-After`.'
      : '',
    others
      ? 'It never retries it on its own on the operations that create, consume or delete, since repeating them could create, consume or delete twice: retry those yourself only once you know the first attempt had no effect.'
      : '',
    `Each operation's effect is listed with its set of identifiers, under “${SETS_HEADING}” at the end of the handbook.`,
  ].filter(Boolean);
  return `Yes: the same request can succeed later. ${clientDoes.join(' ')}`;
}

/** Its causes, each distinct one once: the operations' own causes in document order, then the default's. */
function causesOf(entry: CatalogEntry, operations: readonly LocatedOperation[]): HandbookEntry['causes'] {
  const byCause = new Map<string, HandbookEntry['causes'][number]>();
  const causeItem = (cause: string) => {
    const item = byCause.get(cause) ?? { cause, operations: [], others: false };
    byCause.set(cause, item);
    return item;
  };
  for (const operation of operations) {
    const own = entry.causes[operation.operationId];
    if (own === undefined) continue;
    const summary = String(operation.summary ?? operation.operationId);
    causeItem(own).operations.push({ operationId: operation.operationId, summary });
  }
  const fallback = entry.causes[DEFAULT_CAUSE];
  if (fallback !== undefined && operations.some((operation) => entry.causes[operation.operationId] === undefined)) {
    causeItem(fallback).others = true;
  }
  return [...byCause.values()];
}

export function handbookEntries(
  brand: Brand,
  bundle: BrandBundle,
  sets: IdentifierSets = identifierSetsOf(bundle),
): HandbookEntry[] {
  // Built once per page, not once per identifier: it has a cell per operation × identifier.
  const matrix = matrixOf(bundle);
  const handleContext = handleContextOf(bundle, matrix);
  const cellsOf = new Map<string, typeof matrix.cells>();
  for (const cell of matrix.cells) {
    const cells = cellsOf.get(cell.identifier) ?? [];
    cells.push(cell);
    cellsOf.set(cell.identifier, cells);
  }
  const testCells = new Map(doubleTestCells(brand.id, bundle).map((cell) => [cell.identifier, cell]));
  const allOperations = operationsOf(bundle);
  return catalogOf(bundle).map((entry) => {
    const testCell = testCells.get(entry.identifier);
    const everyOperation = sets.everyOperation.includes(entry.identifier);
    const returning = setsReturning(sets, entry.identifier);
    const operations = everyOperation
      ? allOperations
      : allOperations.filter((operation) =>
          returning.some((set) => set === sets.byOperation.get(operation.operationId)),
        );
    const cells = cellsOf.get(entry.identifier) ?? [];
    return {
      identifier: entry.identifier,
      anchor: entry.docsAnchor,
      explanation: entry.explanation,
      statuses: [...new Set(cells.flatMap((cell) => (cell.reproduction ? [cell.reproduction.status] : [])))].sort(
        (a, b) => a - b,
      ),
      retryable: entry.retryable,
      everyOperation,
      sets: returning,
      causes: causesOf(entry, operations),
      fix: entry.fix,
      retrying: retryingText(entry, operations),
      example: bundle.components.examples?.[entry.identifier]?.value,
      reproduce: reproductionOf(brand, bundle, entry.identifier, matrix),
      // Both need a declared reproduction (the lint requires one per cell; a spec being edited may lack it).
      handle: cells.some((cell) => cell.reproduction) ? handleSnippet(brand, bundle, entry, handleContext) : undefined,
      tests: testCell && {
        ts: doubleTestSnippet(brand, bundle, testCell.operationId, entry.identifier),
        ...doubleTests(testCell),
      },
    };
  });
}

/** One item per distinct cause, naming the operations whose own cause it is, then "every other operation". */
function causesList(causes: HandbookEntry['causes']): string {
  const rest = causes.some((item) => item.operations.length > 0) ? 'every other operation' : 'every operation';
  return causes
    .map(({ cause, operations, others }) => {
      const named = operations.map(({ operationId, summary }) => `\`${operationId}\` (${summary})`);
      const who = [named.join(', '), others ? `${rest} that can return it` : ''].filter(Boolean).join(' and ');
      return `- ${who.charAt(0).toUpperCase()}${who.slice(1)}: ${cause}`;
    })
    .join('\n');
}

/** A link to a set's section in the handbook. */
const setLink = (set: IdentifierSet) => `[\`${set.name}\`](#${set.name})`;

/** Which operations can return it: every one, or those of the sets of identifiers it is in, by name. */
function returnedBy(entry: HandbookEntry): string {
  if (entry.everyOperation) return 'every operation';
  if (entry.sets.length === 0) return 'no operation';
  const sets = entry.sets.map(setLink);
  return `the operations of the ${sets.length > 1 ? 'sets' : 'set'} ${sets.join(', ')}`;
}

/** One entry as Markdown; its heading carries the anchor as `{#anchor}`, which the HTML rendering turns into an id. */
export function entryMarkdown(entry: HandbookEntry): string {
  const statuses = entry.statuses.join(', ');
  const blocks = [
    `## ${entry.identifier} {#${entry.anchor}}`,
    entry.explanation,
    // At a glance, right under the summary: rendered as a row of facts (assets/site.css: `h2 + p + ul`).
    [
      `- **HTTP ${entry.statuses.length > 1 ? 'statuses' : 'status'}:** ${statuses}`,
      `- **Retryable:** ${entry.retryable ? 'yes' : 'no'}`,
      `- **Returned by:** ${returnedBy(entry)}`,
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

/**
 * Each set of identifiers once, under a heading without an anchor (the page's anchored `h2`s are its entries): its
 * identifiers, its response in the OpenAPI document and its operations, each with its effect. An operation is in
 * exactly one set; an identifier in every set its operations can return.
 */
export function setsMarkdown(sets: IdentifierSets, anchors: ReadonlyMap<string, string>): string {
  const identifierLink = (identifier: string) => `[\`${identifier}\`](#${anchors.get(identifier) ?? identifier})`;
  const blocks = [
    `## ${SETS_HEADING}`,
    sets.everyOperation.length > 0
      ? `Every operation can return these ${sets.everyOperation.length} identifiers: ${sets.everyOperation.map(identifierLink).join(', ')}.`
      : 'No identifier can be returned by every operation.',
    'Operations that can return the same identifiers share a set of them, named as the OpenAPI document names the 400 response they share. Each operation is in one set; each entry above names the sets whose operations can return it, or says that every operation can.',
  ];
  for (const set of sets.sets) {
    blocks.push(
      `### ${set.name} {#${set.name}}`,
      `Its identifiers: those every operation can return${set.beyond.length > 0 ? `, and ${set.beyond.map(identifierLink).join(', ')}` : ', and no others'}. In the OpenAPI document: the response \`${set.response}\`.`,
      `Operations that return the \`${set.name}\` identifiers (${set.operations.length}), with their effect:`,
      set.operations
        .map(
          (operation) =>
            `- \`${operation.operationId}\` (${operation['x-effect']}): ${String(operation.summary ?? operation.operationId)}`,
        )
        .join('\n'),
    );
  }
  return blocks.join('\n\n');
}

export interface HandbookPage {
  title: string;
  intro: string;
  entries: HandbookEntry[];
  sets: IdentifierSets;
}

/**
 * The page as Markdown: title, introduction, the list of identifiers with their summaries (the HTML page has it as
 * its side navigation instead, `contents: false`), the entries, then the sets of identifiers they name.
 */
export function handbookMarkdown({ title, intro, entries, sets }: HandbookPage, { contents = true } = {}): string {
  const list = entries.map((entry) => `- [${entry.identifier}](#${entry.anchor}): ${entry.explanation}`).join('\n');
  const anchors = new Map(entries.map((entry) => [entry.identifier, entry.anchor]));
  const blocks = [`# ${title}`, intro, ...(contents ? [list] : []), ...entries.map(entryMarkdown)];
  return `${[...blocks, setsMarkdown(sets, anchors)].join('\n\n')}\n`;
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

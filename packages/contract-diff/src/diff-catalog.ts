/**
 * The identifiers of a brand's `x-error-catalog`: added, removed, renamed, and what changed about each. A rename
 * is declared by the new entry (`renamedFrom: <old identifier>`), never guessed from matching texts: two
 * identifiers can share an explanation and still be two errors.
 */
import type { BrandBundle } from '@error-contract/spec/bundle';
import { type CatalogEntry, catalogOf } from '@error-contract/spec/catalog';
import type { Change } from './change.ts';

const EVERY_OPERATION = 'every operation';

function scopeOf(entry: CatalogEntry): string {
  return entry.operations?.join(', ') ?? EVERY_OPERATION;
}

/** The identifier an entry declares it was renamed from, if any. */
export function renamedFromOf(entry: CatalogEntry): string | undefined {
  const declared = (entry as CatalogEntry & { renamedFrom?: unknown }).renamedFrom;
  return typeof declared === 'string' ? declared : undefined;
}

/** What changed about an identifier kept from base to head (under the same name, or renamed). */
function entryChanges(brand: string, was: CatalogEntry, is: CatalogEntry, renamed: boolean): Change[] {
  const changes: Change[] = [];
  const field = (kind: Change['kind'], from: string, to: string): void => {
    if (from !== to)
      changes.push({ brand, kind, subject: is.identifier, detail: `${from} → ${to}`, before: from, after: to });
  };
  // A renamed identifier's line quotes its explanation as it is now.
  if (!renamed && was.explanation !== is.explanation) {
    changes.push({
      brand,
      kind: 'explanation-changed',
      subject: is.identifier,
      detail: `"${was.explanation}" → "${is.explanation}"`,
      before: was.explanation,
      after: is.explanation,
    });
  }
  field('retry-hint-changed', `retryable: ${was.retryable}`, `retryable: ${is.retryable}`);
  // The default anchor is the identifier: a rename moves it with the name, which the rename's line says.
  const anchorFollowsName = renamed && was.docsAnchor === was.identifier && is.docsAnchor === is.identifier;
  if (!anchorFollowsName) field('docs-anchor-changed', `#${was.docsAnchor}`, `#${is.docsAnchor}`);
  field('identifier-scope-changed', scopeOf(was), scopeOf(is));
  return changes;
}

export function diffCatalog(brand: string, base: BrandBundle, head: BrandBundle): Change[] {
  const before = new Map(catalogOf(base).map((entry) => [entry.identifier, entry]));
  const after = new Map(catalogOf(head).map((entry) => [entry.identifier, entry]));
  const added = [...after.values()].filter((entry) => !before.has(entry.identifier));
  const renames = new Map<string, CatalogEntry>();
  for (const entry of added) {
    const from = renamedFromOf(entry);
    if (from !== undefined && before.has(from) && !after.has(from)) renames.set(from, entry);
  }
  const changes: Change[] = [];

  for (const [identifier, was] of before) {
    const is = after.get(identifier);
    const renamed = renames.get(identifier);
    if (is) {
      changes.push(...entryChanges(brand, was, is, false));
    } else if (renamed) {
      changes.push({
        brand,
        kind: 'identifier-renamed',
        subject: identifier,
        detail: `renamed to ${renamed.identifier}`,
        before: identifier,
        after: renamed.identifier,
        explanation: renamed.explanation,
        retryable: renamed.retryable,
      });
      changes.push(...entryChanges(brand, was, renamed, true));
    } else {
      changes.push({ brand, kind: 'identifier-removed', subject: identifier, before: was.explanation });
    }
  }
  const renamedTo = new Set([...renames.values()].map((entry) => entry.identifier));
  for (const entry of added.filter((candidate) => !renamedTo.has(candidate.identifier))) {
    changes.push({
      brand,
      kind: 'identifier-added',
      subject: entry.identifier,
      after: entry.explanation,
      explanation: entry.explanation,
      retryable: entry.retryable,
    });
  }
  return changes;
}

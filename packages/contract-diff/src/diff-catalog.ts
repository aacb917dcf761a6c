/** The identifiers of a brand's `x-error-catalog`: added, removed, renamed, and what changed about each. */
import type { BrandBundle } from '@error-contract/spec/bundle';
import { type CatalogEntry, catalogOf } from '@error-contract/spec/catalog';
import type { Change } from './change.ts';

const EVERY_OPERATION = 'every operation';

function scopeOf(entry: CatalogEntry): string {
  return entry.operations?.join(', ') ?? EVERY_OPERATION;
}

/** A removed and an added identifier are one rename when they keep the explanation or the docs anchor. */
function isRenameOf(removed: CatalogEntry, added: CatalogEntry): boolean {
  return removed.explanation === added.explanation || removed.docsAnchor === added.docsAnchor;
}

export function diffCatalog(brand: string, base: BrandBundle, head: BrandBundle): Change[] {
  const before = new Map(catalogOf(base).map((entry) => [entry.identifier, entry]));
  const after = new Map(catalogOf(head).map((entry) => [entry.identifier, entry]));
  const removed = [...before.values()].filter((entry) => !after.has(entry.identifier));
  const added = [...after.values()].filter((entry) => !before.has(entry.identifier));
  const changes: Change[] = [];

  for (const entry of removed) {
    const renamed = added.find((candidate) => isRenameOf(entry, candidate));
    if (renamed) {
      added.splice(added.indexOf(renamed), 1);
      changes.push({
        brand,
        kind: 'identifier-renamed',
        subject: entry.identifier,
        detail: `renamed to ${renamed.identifier}`,
        before: entry.identifier,
        after: renamed.identifier,
      });
    } else {
      changes.push({ brand, kind: 'identifier-removed', subject: entry.identifier, before: entry.explanation });
    }
  }
  for (const entry of added) {
    changes.push({ brand, kind: 'identifier-added', subject: entry.identifier, after: entry.explanation });
  }

  for (const [identifier, was] of before) {
    const is = after.get(identifier);
    if (!is) continue;
    const field = (kind: Change['kind'], from: string, to: string): void => {
      if (from !== to)
        changes.push({ brand, kind, subject: identifier, detail: `${from} → ${to}`, before: from, after: to });
    };
    if (was.explanation !== is.explanation) {
      changes.push({
        brand,
        kind: 'explanation-changed',
        subject: identifier,
        detail: `"${was.explanation}" → "${is.explanation}"`,
        before: was.explanation,
        after: is.explanation,
      });
    }
    field('retry-hint-changed', `retryable: ${was.retryable}`, `retryable: ${is.retryable}`);
    field('docs-anchor-changed', `#${was.docsAnchor}`, `#${is.docsAnchor}`);
    field('identifier-scope-changed', scopeOf(was), scopeOf(is));
  }
  return changes;
}

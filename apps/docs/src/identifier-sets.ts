/**
 * The shared sets of identifiers, as the bundle names them: operations that can return the same identifiers share one
 * 400 response (`#/components/responses/StandardError.TOKEN_NOT_VALID`), named after the identifiers beyond those
 * every operation can return. The docs name each set once and refer to it by name wherever a page would otherwise
 * list the operations of an identifier, or the identifiers of an operation, which grows with operations × identifiers.
 */
import { type BrandBundle, type LocatedOperation, operationsOf, pointer } from '@error-contract/spec/bundle';
import { type CatalogEntry, canReturn, catalogOf } from '@error-contract/spec/catalog';

export interface IdentifierSet {
  /**
   * The set's name in the docs, also its anchor in the handbook: the bundle's name for its response
   * (`StandardError.TOKEN_NOT_VALID`), which spells out every identifier beyond those every operation can return;
   * past `NAMED_AT_MOST` of them, cut after the first that tells it apart from the other sets, with the count of the
   * others (`StandardError.TOKEN_NOT_VALID+22`), since every page that refers to the set writes its name.
   */
  name: string;
  /** The 400 response its operations share in the OpenAPI document. */
  response: string;
  /** Every identifier its operations can return, in catalog order. */
  identifiers: string[];
  /** The identifiers beyond those every operation can return. */
  beyond: string[];
  /** Its operations, in document order. */
  operations: LocatedOperation[];
}

export interface IdentifierSets {
  /** The identifiers every operation can return, in catalog order. */
  everyOperation: string[];
  /** Each set once, in the bundle's order of its responses. */
  sets: IdentifierSet[];
  /** The set of each operation, by operationId. */
  byOperation: Map<string, IdentifierSet>;
}

/** How many identifiers a set's name in the docs spells out, at most, before it is cut. */
const NAMED_AT_MOST = 3;

/**
 * The docs' name of the set the bundle names by `parts` (`['StandardError', 'TOKEN_NOT_VALID']`): its parts, or past
 * `NAMED_AT_MOST` identifiers the first ones that no other set's parts start with, and the count of the rest. No
 * two sets get the same name: a cut name is a prefix of its own parts alone.
 */
function docsName(parts: readonly string[], others: ReadonlyArray<readonly string[]>): string {
  if (parts.length <= 1 + NAMED_AT_MOST) return parts.join('.');
  for (let length = 1; length < parts.length; length += 1) {
    const prefix = parts.slice(0, length);
    if (!others.some((other) => prefix.every((part, index) => other[index] === part))) {
      return `${prefix.join('.')}+${parts.length - length}`;
    }
  }
  return parts.join('.');
}

/** The bundle's sets of identifiers: each operation's by the 400 response it references. */
export function identifierSetsOf(bundle: BrandBundle): IdentifierSets {
  const catalog = catalogOf(bundle);
  const operations = operationsOf(bundle);
  const responseNames = Object.keys((bundle.components.responses ?? {}) as Record<string, unknown>);
  const byResponse = new Map(responseNames.map((name) => [pointer('components', 'responses', name), name]));
  const grouped = new Map<string, LocatedOperation[]>();
  for (const operation of operations) {
    const ref = (operation.responses['400'] as { $ref?: string } | undefined)?.$ref;
    const name = ref === undefined ? undefined : byResponse.get(ref);
    if (name === undefined) {
      throw new Error(`${operation.operationId}: its 400 response is not one the bundle shares under components.`);
    }
    grouped.set(name, [...(grouped.get(name) ?? []), operation]);
  }
  const returning = (entry: CatalogEntry, members: readonly LocatedOperation[]) =>
    members.every((operation) => canReturn(entry, operation.operationId));
  const everyOperation = catalog.filter((entry) => returning(entry, operations)).map((entry) => entry.identifier);
  const names = responseNames.filter((name) => grouped.has(name));
  const parts = names.map((name) => name.split('.'));
  const sets = names.map((response, index): IdentifierSet => {
    const members = grouped.get(response) ?? [];
    const identifiers = catalog.filter((entry) => returning(entry, members)).map((entry) => entry.identifier);
    const others = parts.filter((_, other) => other !== index);
    return {
      name: docsName(parts[index] ?? [], others),
      response: pointer('components', 'responses', response),
      identifiers,
      beyond: identifiers.filter((identifier) => !everyOperation.includes(identifier)),
      operations: members,
    };
  });
  const byOperation = new Map(sets.flatMap((set) => set.operations.map((operation) => [operation.operationId, set])));
  return { everyOperation, sets, byOperation };
}

/** The sets whose operations can return the identifier: all of them for one every operation can return. */
export function setsReturning(sets: IdentifierSets, identifier: string): IdentifierSet[] {
  return sets.sets.filter((set) => set.identifiers.includes(identifier));
}

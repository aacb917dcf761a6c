/**
 * Grows the spec of a checkout to N operations and M identifiers with synthetic copies, so the build can be measured
 * at the size of the real API. The grown spec still lints: every copy carries what the spec requires of an operation
 * (request example, `x-effect`, tags, code samples come from the decorator) or an identifier (causes, reproduction).
 *
 * - A synthetic operation copies an existing one (round robin) under a new path and operationId. It can return the
 *   identifiers every operation can return, with the reproductions of the operation it copies, and their `default`
 *   cause (the operation's own cause where there is no default); the identifiers restricted to some operations
 *   stay restricted to them, as an operation's own errors would.
 * - A synthetic identifier copies a catalog entry that every brand has (round robin) under a new name, with a copy
 *   of its reproduction file, so both brands get it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { httpMethods } from '@error-contract/spec/bundle';
import { DEFAULT_CAUSE, type Reproduction } from '@error-contract/spec/catalog';
import { catalogSourceFile } from '@error-contract/spec/workspace';
import { parse, stringify } from 'yaml';

export interface SpecSize {
  operations: number;
  identifiers: number;
}

/** A catalog entry as the source states it: brand maps unresolved, its reproductions a `$ref` to their file. */
interface SourceCatalogEntry {
  brands?: string[];
  operations?: string[];
  causes: Record<string, unknown>;
  docsAnchor?: string;
  [field: string]: unknown;
}

const CATALOG_FILE = catalogSourceFile;

function readYaml<T>(path: string): T {
  return parse(readFileSync(path, 'utf8')) as T;
}

function writeYaml(path: string, value: unknown): void {
  writeFileSync(path, stringify(value, { lineWidth: 0 }));
}

/** The path file name of an API path, as the spec names them: `/api/v2/token` is `api_v2_token.yaml`. */
const pathFile = (path: string) => `${path.slice(1).replaceAll('/', '_')}.yaml`;

/** The operations of the spec, from its path files: `{ operationId, path, file }`, in document order. */
function sourceOperationsOf(specDir: string, paths: Record<string, { $ref: string }>) {
  return Object.entries(paths).flatMap(([path, { $ref: ref }]) => {
    const item = readYaml<Record<string, { operationId?: string }>>(join(specDir, ref));
    return httpMethods
      .filter((method) => item[method]?.operationId)
      .map((method) => ({
        operationId: item[method]?.operationId as string,
        path,
        ref,
        method,
      }));
  });
}

/**
 * Adds synthetic operations and identifiers to the spec in `specDir` until it has `size.operations` operations and
 * `size.identifiers` identifiers (in the catalog, every brand's and brand-only ones together). Fails on a size
 * smaller than the spec's.
 */
export function growSpec(specDir: string, size: SpecSize): void {
  const rootPath = join(specDir, 'openapi.yaml');
  const root = readYaml<{ paths: Record<string, { $ref: string }> }>(rootPath);
  const catalogPath = join(specDir, CATALOG_FILE);
  const identifierSchema = readYaml<{ 'x-error-catalog': Record<string, SourceCatalogEntry> }>(catalogPath);
  const catalog = identifierSchema['x-error-catalog'];
  const operations = sourceOperationsOf(specDir, root.paths);
  const identifiers = Object.keys(catalog);
  if (size.operations < operations.length || size.identifiers < identifiers.length) {
    throw new Error(
      `The spec has ${operations.length} operations and ${identifiers.length} identifiers; cannot grow it to ${size.operations} and ${size.identifiers}.`,
    );
  }
  const reproductionsDir = join(specDir, 'reproductions');
  const reproductions = new Map(
    identifiers.map((identifier) => [
      identifier,
      readYaml<Reproduction[]>(join(reproductionsDir, `${identifier}.yaml`)),
    ]),
  );

  for (let index = operations.length; index < size.operations; index += 1) {
    const original = operations[index % operations.length];
    if (!original) throw new Error('The spec has no operations to copy.');
    const operationId = `${original.operationId}Copy${index}`;
    const path = `${original.path}-copy-${index}`;
    const item = readYaml<Record<string, { operationId: string }>>(join(specDir, original.ref));
    for (const method of httpMethods) {
      const operation = item[method];
      if (method !== original.method) delete item[method];
      else if (operation) operation.operationId = operationId;
    }
    const ref = `paths/${pathFile(path)}`;
    writeYaml(join(specDir, ref), item);
    root.paths[path] = { $ref: ref };
    for (const [identifier, entry] of Object.entries(catalog)) {
      if (entry.operations) continue;
      // An operation falls under the `default` cause; it needs a cause of its own only where there is none.
      if (entry.causes[DEFAULT_CAUSE] === undefined && entry.causes[original.operationId] !== undefined) {
        entry.causes[operationId] = entry.causes[original.operationId];
      }
      for (const reproduction of reproductions.get(identifier) ?? []) {
        if (reproduction.operations?.includes(original.operationId)) reproduction.operations.push(operationId);
      }
    }
  }

  const copyable = identifiers.filter((identifier) => catalog[identifier]?.brands === undefined);
  for (let index = identifiers.length; index < size.identifiers; index += 1) {
    const original = copyable[index % copyable.length];
    if (!original) throw new Error('The catalog has no identifier every brand has, to copy.');
    const identifier = `${original}_COPY_${index}`;
    const { docsAnchor: _anchor, ...entry } = structuredClone(catalog[original]) as SourceCatalogEntry;
    catalog[identifier] = { ...entry, reproductions: { $ref: `../../reproductions/${identifier}.yaml` } };
    reproductions.set(identifier, structuredClone(reproductions.get(original) ?? []));
  }

  writeYaml(rootPath, root);
  writeYaml(catalogPath, identifierSchema);
  for (const [identifier, reproduction] of reproductions) {
    writeYaml(join(reproductionsDir, `${identifier}.yaml`), reproduction);
  }
}

/**
 * One brand's view of the canonical spec: how brand maps, brand overrides and the error catalog
 * resolve for a brand. Used by the `error-contract/brand` decorator; plain JS because Redocly loads
 * plugins without a TypeScript step.
 */

/** The brand ids the spec knows: the `x-brand` of each server. */
export function brandIdsOf(root) {
  return (root.servers ?? []).map((server) => server['x-brand']).filter((id) => typeof id === 'string');
}

function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A brand map is an object whose keys are all brand ids: `{ idenfy: '…', markid: '…' }`. */
export function isBrandMap(value, brandIds) {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => brandIds.includes(key));
}

/** Deep copy of `value` with every brand map replaced by its entry for `brand` (dropped when it has none). */
export function resolveForBrand(value, brand, brandIds) {
  if (Array.isArray(value)) return value.map((item) => resolveForBrand(item, brand, brandIds));
  if (isBrandMap(value, brandIds)) return resolveForBrand(value[brand], brand, brandIds);
  if (!isPlainObject(value)) return value;
  const resolved = {};
  for (const [key, item] of Object.entries(value)) {
    const itemForBrand = resolveForBrand(item, brand, brandIds);
    if (itemForBrand !== undefined) resolved[key] = itemForBrand;
  }
  return resolved;
}

/** Applies and removes every `x-brand-overrides` in the tree, in place. */
export function applyBrandOverrides(node, brand) {
  if (Array.isArray(node)) {
    for (const item of node) applyBrandOverrides(item, brand);
    return;
  }
  if (!isPlainObject(node)) return;
  const overrides = node['x-brand-overrides'];
  if (overrides !== undefined) {
    delete node['x-brand-overrides'];
    Object.assign(node, overrides[brand] ?? {});
  }
  for (const item of Object.values(node)) applyBrandOverrides(item, brand);
}

/** The anchor of an identifier's entry on the errors page: its `docsAnchor`, by default the identifier itself. */
export function docsAnchorOf(identifier, entry) {
  return entry.docsAnchor ?? identifier;
}

/**
 * The catalog entries of `brand`, in catalog order, with their brand maps resolved, `brands` dropped and the
 * default `docsAnchor` filled in, so the bundle states every entry's anchor.
 */
export function catalogForBrand(catalog, brand, brandIds) {
  const entries = {};
  for (const [identifier, entry] of Object.entries(catalog)) {
    if (entry.brands && !entry.brands.includes(brand)) continue;
    const { brands: _brands, ...rest } = entry;
    const { explanation, retryable, ...others } = resolveForBrand(rest, brand, brandIds);
    // Key order as the catalog used to state every anchor, so the published bundles keep their layout.
    entries[identifier] = { explanation, retryable, docsAnchor: docsAnchorOf(identifier, entry), ...others };
  }
  return entries;
}

/** Whether an operation can return the identifier described by `entry`. */
export function canReturn(entry, operationId) {
  return entry.operations === undefined || entry.operations.includes(operationId);
}

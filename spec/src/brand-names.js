/**
 * A brand is declared once, as one of the spec's `servers`: `x-brand` (its id) and `x-brand-name` (its display
 * name). Every other name of the brand is derived here, in one place. Plain JS with JSDoc types, because the
 * Redocly plugin (../plugins/error-contract.js) loads it without a TypeScript step; ./brands.ts re-exports it.
 */

/** The package whose entry point `<CLIENT_PACKAGE>/<id>` is a brand's typed client. */
export const CLIENT_PACKAGE = '@error-contract/client';

/**
 * @typedef {object} Brand
 * @property {string} id The server's `x-brand`, e.g. `markid`: the key of brand maps and overrides, the folder of
 *   its bundle and docs pages.
 * @property {string} name The server's `x-brand-name`, e.g. `Mark ID`: how the brand is written for people.
 * @property {string} serverUrl The brand's production server.
 * @property {string} title The brand's published API title, its name before the spec's title: `Mark ID IVS Core API`.
 * @property {string} pascalName The name as one PascalCase word, for code: `MarkId`.
 * @property {string} clientModule The entry point of its typed client: `@error-contract/client/markid`.
 * @property {string} clientFactory The function that creates its client: `createMarkIdClient`.
 */

const BRAND_ID = /^[a-z][a-z0-9]*$/;

/** `Mark ID` → `MarkId`, `iDenfy` → `Idenfy`: each word of letters and digits, capitalised, the rest lower case. */
function pascalCase(name) {
  const words = name.match(/[A-Za-z0-9]+/g) ?? [];
  return words.map((word) => word[0].toUpperCase() + word.slice(1).toLowerCase()).join('');
}

/**
 * The naming rule: everything a brand is called, from its id, display name and server, and the spec's title.
 * Throws an Error naming the server when the declaration is incomplete.
 * @param {{ id: unknown, name: unknown, serverUrl: unknown }} declaration
 * @param {string} apiTitle the spec's `info.title`, e.g. `IVS Core API`
 * @returns {Brand}
 */
export function nameBrand({ id, name, serverUrl }, apiTitle) {
  const where = `server ${JSON.stringify(serverUrl)}`;
  if (typeof id !== 'string' || !BRAND_ID.test(id)) {
    throw new Error(
      `${where}: x-brand must be a lower-case id of letters and digits (e.g. markid), got ${JSON.stringify(id)}.`,
    );
  }
  if (typeof name !== 'string' || !/[A-Za-z]/.test(name) || name.trim() !== name) {
    throw new Error(
      `${where} (x-brand: ${id}): x-brand-name must be the brand's display name (e.g. Mark ID), got ${JSON.stringify(name)}.`,
    );
  }
  if (typeof serverUrl !== 'string') throw new Error(`brand ${id}: its server needs a url.`);
  const pascalName = pascalCase(name);
  return {
    id,
    name,
    serverUrl,
    title: `${name} ${apiTitle}`,
    pascalName,
    clientModule: `${CLIENT_PACKAGE}/${id}`,
    clientFactory: `create${pascalName}Client`,
  };
}

/**
 * The brands an OpenAPI document declares: one per server with an `x-brand`, in the servers' order.
 * @param {{ info?: { title?: string }, servers?: Array<Record<string, unknown>> }} root
 * @returns {Brand[]}
 */
export function declaredBrands(root) {
  const apiTitle = root.info?.title ?? '';
  const brands = (root.servers ?? [])
    .filter((server) => server['x-brand'] !== undefined)
    .map((server) =>
      nameBrand({ id: server['x-brand'], name: server['x-brand-name'], serverUrl: server.url }, apiTitle),
    );
  for (const [index, brand] of brands.entries()) {
    if (brands.findIndex((other) => other.id === brand.id) !== index) {
      throw new Error(`x-brand ${brand.id} is declared by more than one server.`);
    }
  }
  return brands;
}

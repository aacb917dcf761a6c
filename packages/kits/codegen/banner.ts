/**
 * The first line of every generated file: what it is generated from, and that it must not be edited. Apart from
 * brand.ts, which loads the client's generator, so that the handbook's double tests (double-tests.ts, go.ts) load
 * without it.
 */

/** The brand's bundle, which its files are generated from. */
export const bundleOf = (brand: string): string => `spec/dist/${brand}/openapi.json`;

/** The first line of a generated file, naming what it is generated from. */
export const banner = (source: string, comment: string): string =>
  `${comment} ${GENERATED} from ${source} by packages/kits/codegen. Do not edit: run \`pnpm generate\`.`;

/** The words every generated file starts with (after PHP's opening tag), by which a stale one is found. */
export const GENERATED = 'Generated';

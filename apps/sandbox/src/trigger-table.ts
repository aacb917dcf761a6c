/** The README's trigger table, rendered from the triggers and each brand's catalog so the two cannot drift apart. */
import { resolveTrigger, triggerNames, triggers } from './triggers.ts';

export interface BrandCatalog {
  brand: string;
  /** The brand's identifiers, in its catalog's order. */
  identifiers: readonly string[];
}

export function triggerTable(catalogs: readonly BrandCatalog[]): string {
  const identifiers = [...new Set(catalogs.flatMap((catalog) => catalog.identifiers))];
  const resolved = catalogs.map((catalog) => {
    const has = new Set(catalog.identifiers);
    return { ...catalog, has, identifierOf: (name: (typeof triggerNames)[number]) => resolveTrigger(name, has) };
  });
  const header = ['Identifier', 'How to trigger it', ...catalogs.map(({ brand }) => brand)];
  const rows = identifiers.map((identifier) => {
    const ways = triggerNames.flatMap((name) => {
      const brands = resolved.filter((catalog) => catalog.identifierOf(name) === identifier);
      if (brands.length === 0) return [];
      const having = resolved.filter((catalog) => catalog.has.has(identifier));
      const only = brands.length < having.length ? ` (${brands.map(({ brand }) => brand).join(', ')} only)` : '';
      return [`${triggers[name].how}${only}`];
    });
    const marks = resolved.map((catalog) => (catalog.has.has(identifier) ? 'yes' : 'no'));
    return [`\`${identifier}\``, ways.join('; or '), ...marks];
  });
  return [header, header.map(() => '---'), ...rows]
    .map((cells) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`)
    .join('\n');
}

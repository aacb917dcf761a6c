/** The README's trigger table, rendered from the triggers and each brand's catalog so the two cannot drift apart. */
import { isOptionalTrigger, resolveTrigger, triggerNames, triggers } from './triggers.ts';

export interface BrandCatalog {
  brand: string;
  /** The brand's identifiers, in its catalog's order. */
  identifiers: readonly string[];
}

export function triggerTable(catalogs: readonly BrandCatalog[]): string {
  const cataloged = new Set(catalogs.flatMap((catalog) => catalog.identifiers));
  // An optional trigger's identifier that no brand has yet still gets its row: the sandbox is ready for it.
  const awaited = triggerNames
    .filter(isOptionalTrigger)
    .flatMap((name) => triggers[name].identifiers)
    .filter((identifier) => !cataloged.has(identifier));
  const identifiers = [...new Set([...cataloged, ...awaited])];
  const resolved = catalogs.map((catalog) => {
    const has = new Set(catalog.identifiers);
    return { ...catalog, has, identifierOf: (name: (typeof triggerNames)[number]) => resolveTrigger(name, has) };
  });
  const header = ['Identifier', 'How to trigger it', ...catalogs.map(({ brand }) => brand)];
  const rows = identifiers.map((identifier) => {
    const ways = triggerNames.flatMap((name) => {
      if (!cataloged.has(identifier)) {
        const targets = (triggers[name].identifiers as readonly string[]).includes(identifier);
        return targets ? [`${triggers[name].how} (no brand's catalog has it yet)`] : [];
      }
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

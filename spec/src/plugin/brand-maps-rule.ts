/**
 * The `brand-maps-complete` rule: every brand-keyed map of the spec (the catalog's texts, `x-docs-page`,
 * `x-brand-overrides`, wherever they are) speaks for every declared brand, so adding a brand names each text it
 * still needs instead of leaving a page blank or showing another brand's words.
 */
import { brandIdsOf, brandMapProblems } from '../brand-view.ts';
import type { Node, VisitContext, Visitors } from './redocly-api.ts';

export function BrandMapsComplete(): Visitors {
  let brandIds: string[] = [];
  return {
    Root: {
      enter(root: Node) {
        brandIds = brandIdsOf(root);
      },
    },
    // Redocly walks the typed nodes; the spec's own extensions are walked here, from the node that carries them.
    any: {
      enter(node: Node, { location, report }: VisitContext) {
        if (typeof node !== 'object' || node === null || Array.isArray(node) || brandIds.length === 0) return;
        const extensions = Object.fromEntries(Object.entries(node).filter(([name]) => name.startsWith('x-')));
        for (const { path, message } of brandMapProblems(extensions, brandIds)) {
          report({ message, location: location.child(path) });
        }
      },
    },
  };
}

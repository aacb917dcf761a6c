/**
 * The README's reproduction table: how to provoke each identifier from the sandbox, rendered from the reproductions
 * each brand's bundle carries (declared in spec/reproductions) and each brand's matrix, with the seeded partner each
 * role is played by, so the table and the declaration cannot drift apart.
 */
import type { BrandBundle } from '@error-contract/spec/bundle';
import { catalogOf, type Reproduction, type RequestChange } from '@error-contract/spec/catalog';
import { type Role, seededCredentials } from '@error-contract/spec/local-sandbox';
import { matrixOf, reproductionCovers } from '@error-contract/spec/reproductions';

export interface BrandMatrixSource {
  brand: string;
  bundle: BrandBundle;
}

function asWhom(role: Role): string {
  const partner = seededCredentials(role);
  if (!partner) return 'no credentials';
  return role === 'wrongSecret' ? `\`${partner.apiKey}\` with a wrong secret` : `\`${partner.apiKey}\``;
}

/** The declared request in a few words: what differs from the operation's request example. */
function requestText(change: RequestChange = {}): string {
  const parts = [
    ...(change.method ? [`${change.method}`] : []),
    ...Object.entries(change.headers ?? {}).map(([name, value]) => `header \`${name}: ${value}\``),
    ...Object.entries(change.set ?? {}).map(([at, value]) => `\`${at.slice(1)}\`: \`${JSON.stringify(value)}\``),
    ...(change.remove ?? []).map((at) => `no \`${at.slice(1)}\``),
    ...(change.raw !== undefined ? [`the bytes \`${change.raw}\``] : []),
    ...(change.noBody ? ['no body'] : []),
  ];
  return parts.length > 0 ? ` Request: ${parts.join(', ')}.` : ' Request: the example.';
}

export function reproductionTable(brands: readonly BrandMatrixSource[]): string {
  const matrices = brands.map(({ brand, bundle }) => ({ brand, cells: matrixOf(bundle).cells }));
  // Every brand's bundle carries the same declaration; an identifier's reproductions come from the first that has it.
  const declared = new Map<string, Reproduction[]>();
  for (const { bundle } of brands) {
    for (const entry of catalogOf(bundle))
      if (!declared.has(entry.identifier)) declared.set(entry.identifier, entry.reproductions);
  }
  const header = ['Identifier', 'Operations', 'How to reproduce it', 'As', ...brands.map(({ brand }) => brand)];
  const rows = [...declared].flatMap(([identifier, reproductions]) =>
    reproductions.map((reproduction) => {
      const first = (reproduction.before ?? []).map((step) => ` First: ${step.summary}`).join('');
      const only = reproduction.sandboxOnly ? ` (sandbox only: ${reproduction.sandboxOnly})` : '';
      const covers = (brandCells: (typeof matrices)[number]['cells']) =>
        brandCells.some((cell) => cell.identifier === identifier && reproductionCovers(reproduction, cell.operationId));
      return [
        `\`${identifier}\``,
        reproduction.operations?.map((operation) => `\`${operation}\``).join(', ') ??
          'every operation that can return it',
        `${reproduction.summary}${requestText(reproduction.request)}${first}${only}`,
        asWhom(reproduction.role ?? 'partner'),
        ...matrices.map(({ cells }) => (covers(cells) ? 'yes' : 'no')),
      ];
    }),
  );
  return [header, header.map(() => '---'), ...rows]
    .map((cells) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`)
    .join('\n');
}

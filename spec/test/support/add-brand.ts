/**
 * What the API team does to add a brand, as a function: a white-label reseller of `base`, declared where a brand is
 * declared (a server with `x-brand` and `x-brand-name`, and its API in redocly.yaml), with `base`'s texts, rebranded,
 * in every brand map and `x-brand-overrides`, and every identifier `base` has. The spec's tests and the scenario on a
 * clone both use it, so they add a brand the same way.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, type Node, parseDocument, visit } from 'yaml';

export interface BrandName {
  id: string;
  name: string;
}

/** Rewrites one YAML file under `root` (e.g. `spec/openapi.yaml`) through yaml's Document API, keeping comments. */
export function editYaml(root: string, path: string, edit: (document: ReturnType<typeof parseDocument>) => void): void {
  const document = parseDocument(readFileSync(join(root, path), 'utf8'));
  edit(document);
  writeFileSync(join(root, path), document.toString({ lineWidth: 0 }));
}

/** The spec's YAML sources under `root`, relative to it. */
function specYamlFiles(root: string): string[] {
  return readdirSync(join(root, 'spec'), { recursive: true, encoding: 'utf8' })
    .filter(
      (file) => file.endsWith('.yaml') && !file.split('/').some((part) => part === 'dist' || part === 'node_modules'),
    )
    .map((file) => `spec/${file}`);
}

/** Adds `brand` to the spec and redocly.yaml under `root`, as a reseller of `base`. */
export function addBrandLike(root: string, base: BrandName, brand: BrandName): void {
  const rebrand = (text: string) => text.replaceAll(base.name, brand.name).replaceAll(base.id, brand.id);
  const rebrandedCopy = (node: Node): Node => {
    const copy = node.clone() as Node;
    visit(copy, {
      Scalar(_, scalar) {
        if (typeof scalar.value === 'string') scalar.value = rebrand(scalar.value);
      },
    });
    return copy;
  };
  let brandIds: string[] = [];
  editYaml(root, 'spec/openapi.yaml', (document) => {
    const servers = document.get('servers');
    if (!isSeq(servers)) throw new Error('spec/openapi.yaml has no servers');
    brandIds = servers.items.flatMap((server) => (isMap(server) ? [String(server.get('x-brand'))] : []));
    const declared = servers.items.find((server) => isMap(server) && server.get('x-brand') === base.id);
    servers.items.push(rebrandedCopy(declared as Node));
  });
  editYaml(root, 'redocly.yaml', (document) => {
    document.setIn(['apis', brand.id], rebrandedCopy(document.getIn(['apis', base.id], true) as Node));
  });
  for (const path of specYamlFiles(root)) {
    editYaml(root, path, (document) => {
      visit(document, {
        Map(_, map) {
          const keys = map.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
          if (keys.includes(base.id) && keys.every((key) => brandIds.includes(key))) {
            map.set(brand.id, rebrandedCopy(map.get(base.id, true) as Node));
          }
        },
        Pair(_, pair) {
          const list = pair.value;
          const hasBase = isSeq(list) && list.items.some((item) => isScalar(item) && item.value === base.id);
          if (isScalar(pair.key) && pair.key.value === 'brands' && hasBase) list.add(brand.id);
        },
      });
    });
  }
}

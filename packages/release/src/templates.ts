/**
 * The partner-facing texts of a brand's artefacts: each README (templates/) and each smoke program (smoke/), filled
 * in for the brand. A README's code is cut from its smoke program (the lines between `readme:start` and
 * `readme:end`), so what a partner reads is what the release dry run ran.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GO_README_EXAMPLE, goModule, phpNamespace, sharedModuleFolder } from '@error-contract/kits/codegen';
import { seededCredentials } from '@error-contract/spec/local-sandbox';
import type { BrandRelease, Release } from './artefacts.ts';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** `template` with each `{{name}}` replaced by its value; a placeholder without a value is an error. */
export function fill(template: string, values: Readonly<Record<string, string>>, source = 'template'): string {
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${source}: no value for ${placeholder}.`);
    return value;
  });
}

const MARKERS = /^[ \t]*(?:\/\/|#) readme:(start|end)[ \t]*\n/gm;

/** The lines of a program between its `readme:start` and `readme:end` comments, each region apart by a blank line. */
export function readmeExample(program: string): string {
  const regions: string[] = [];
  let start: number | undefined;
  for (const marker of program.matchAll(MARKERS)) {
    const at = marker.index ?? 0;
    if (marker[1] === 'start' && start === undefined) start = at + marker[0].length;
    else if (marker[1] === 'end' && start !== undefined) {
      regions.push(program.slice(start, at).trimEnd());
      start = undefined;
    } else throw new Error(`readme:${marker[1]} out of order at offset ${at}.`);
  }
  if (start !== undefined || regions.length === 0) throw new Error('A smoke program needs readme:start … readme:end.');
  return regions.join('\n\n');
}

/** The smoke programs, one per ecosystem: the template's file under smoke/ and the file it is written to. */
export const smokePrograms = {
  client: { template: 'client.ts.tmpl', file: 'smoke.ts' },
  python: { template: 'smoke.py.tmpl', file: 'smoke.py' },
  go: { template: 'main.go.tmpl', file: 'main.go' },
  php: { template: 'smoke.php.tmpl', file: 'smoke.php' },
} as const;

export type SmokeProgram = keyof typeof smokePrograms;

/** Every value a brand's templates may name. */
export function brandValues(release: Release, { brand, title, contact }: BrandRelease): Record<string, string> {
  const partner = seededCredentials('partner');
  return {
    brand: brand.id,
    brandName: brand.name,
    title,
    homepage: contact.homepage,
    support: contact.supportEmail ?? contact.supportUrl ?? contact.homepage,
    clientPackage: brand.packages.client,
    clientFactory: brand.clientFactory,
    sandboxPackage: brand.packages.sandbox,
    pythonPackage: brand.packages.python,
    composerPackage: brand.packages.composer,
    phpNamespace: phpNamespace(brand.id),
    goModule: goModule(brand.id, release.version).path,
    sharedGoModule: goModule(sharedModuleFolder, release.version).path,
    apiKey: partner?.apiKey ?? '',
    apiSecret: partner?.apiSecret ?? '',
    readmeExample: GO_README_EXAMPLE.replaceAll('{{brand}}', brand.id).replace(/^/gm, '\t'),
  };
}

const read = (folder: 'templates' | 'smoke', name: string) =>
  readFileSync(fileURLToPath(new URL(`${folder}/${name}`, `file://${packageDir}/`)), 'utf8');

/** A brand's smoke program of one ecosystem. */
export function smokeProgram(program: SmokeProgram, values: Readonly<Record<string, string>>): string {
  const { template } = smokePrograms[program];
  return fill(read('smoke', template), values, `smoke/${template}`);
}

/** A README from templates/<name>.md; `example` is cut from the smoke program, when there is one. */
export function readme(name: string, values: Readonly<Record<string, string>>, program?: SmokeProgram): string {
  const example = program ? readmeExample(smokeProgram(program, values)) : '';
  return fill(read('templates', `${name}.md`), { ...values, example }, `templates/${name}.md`);
}

/**
 * The spec itself: Spectral's `spectral:oas` ruleset (through this package's .spectral.yaml, where any rule we turn
 * off says why) finds no error and no warning in a brand bundle.
 */
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import spectralCore from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import { bundleAndLoadRuleset } from '@stoplight/spectral-ruleset-bundler/with-loader';
import spectralRuntime from '@stoplight/spectral-runtime';
import { problem } from './problem.ts';

export const rulesetPath = fileURLToPath(new URL('../.spectral.yaml', import.meta.url));

const SEVERITIES = ['error', 'warning', 'info', 'hint'];
/** Errors and warnings fail, as in the repository's redocly lint (`recommended-strict`). */
const FAILING = new Set([0, 1]);

export type SpectralLinter = (document: string, source: string) => Promise<string[]>;

/** Loads the ruleset once; the linter returns the problems of one JSON or YAML document, each naming `source`. */
export async function createSpectralLinter(ruleset = rulesetPath): Promise<SpectralLinter> {
  const spectral = new spectralCore.Spectral();
  spectral.setRuleset(await bundleAndLoadRuleset(ruleset, { fs, fetch: spectralRuntime.fetch }));
  return async (text, source) => {
    const document = new spectralCore.Document(text, spectralParsers.Yaml, source);
    const results = await spectral.run(document);
    return results
      .filter((result) => FAILING.has(result.severity))
      .map((result) =>
        problem(
          `${source}: spectral ${result.code} at ${result.path.join('.') || '/'} (line ${result.range.start.line + 1})`,
          `no ${SEVERITIES[result.severity]}`,
          result.message,
        ),
      );
  };
}

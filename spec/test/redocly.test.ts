/**
 * The in-process engine is the CLI's engine: the same release, the same bundles byte for byte, the same lint problems,
 * the same reference pages. The CLI runs as a process here as the referee.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type LintProblem, redoclyBuildDocs, redoclyBundle, redoclyLint, runRedocly } from '../src/redocly.ts';
import { bundlePath, copySpec, distDir, pluginFile, publishedBrands, redoclyConfigPath } from '../src/workspace.ts';
import { copySpec as copyFixture } from './support/fixture-spec.ts';

const scratch = mkdtempSync(join(tmpdir(), 'error-contract-redocly-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What `redocly lint --format json` reports, each problem as the engine locates it. */
async function cliLint(args: readonly string[]): Promise<LintProblem[]> {
  const run = await runRedocly(['lint', ...args, '--format', 'json', '--lint-config', 'error']);
  const reports = (run.stdout.match(/^\{$[\s\S]*?^\}/gm) ?? []).map((block) => JSON.parse(block));
  expect(reports.length, run.output).toBeGreaterThan(0);
  return reports.flatMap((report) =>
    report.problems.map(
      (problem: {
        ruleId: string;
        severity: 'error' | 'warn';
        message: string;
        location: Array<{ source: { ref: string }; pointer: string; start: { line: number; col: number } }>;
      }): LintProblem => ({
        file: problem.location[0]?.source.ref ?? '',
        line: problem.location[0]?.start.line ?? 0,
        col: problem.location[0]?.start.col ?? 0,
        pointer: problem.location[0]?.pointer ?? '',
        rule: problem.ruleId,
        severity: problem.severity,
        message: problem.message,
      }),
    ),
  );
}

describe('the engine', () => {
  it('is the release the CLI is built from', () => {
    const require = createRequire(import.meta.url);
    const versionOf = (entry: string, name: string) => {
      const manifest = join(dirname(require.resolve(entry)), '..', 'package.json');
      const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; version: string };
      expect(found).toBe(name);
      return version;
    };
    expect(versionOf('@redocly/openapi-core', '@redocly/openapi-core')).toBe(
      versionOf('@redocly/cli/bin/cli.js', '@redocly/cli'),
    );
  });

  it.each(publishedBrands())('bundles %s byte for byte as redocly bundle writes it', async (brand) => {
    const output = join(scratch, `${brand}-cli.yaml`);
    const run = await runRedocly(['bundle', brand, '--output', output, '--lint-config', 'error']);
    expect(run.ok, run.output).toBe(true);
    const { yaml, document } = await redoclyBundle(redoclyConfigPath, brand);
    const cli = readFileSync(output, 'utf8');
    expect(yaml).toBe(cli);
    expect(JSON.stringify(document)).toBe(JSON.stringify(parse(cli)));
  });

  it('reports the problems redocly lint reports, of an API and of files', async () => {
    const fixture = copyFixture();
    const configPath = join(fixture.dir, 'redocly.yaml');
    fixture.edit('paths/api_v2_status.yaml', (path) => {
      delete path.post.description;
      delete path.post['x-effect'];
    });
    fixture.edit('paths/api_v2_token.yaml', (path) => {
      path.post['x-effect'] = 'maybe';
    });
    const [brand = ''] = publishedBrands();
    const sources = await redoclyLint(configPath, { api: brand });
    expect(sources.map((problem) => problem.rule)).toEqual(
      expect.arrayContaining(['operation-description', 'rule/operation-declares-effect', 'struct']),
    );
    expect(sources).toEqual(await cliLint([brand, '--config', configPath]));

    const files = publishedBrands().map((name) => bundlePath(name, 'yaml', distDir));
    const skipped = 'error-contract/standard-error-response';
    const bundles = await redoclyLint(redoclyConfigPath, { files }, { skipRules: [skipped] });
    expect(bundles).toEqual(await cliLint(['--config', redoclyConfigPath, '--skip-rule', skipped, ...files]));
    // Skipping a rule for one caller leaves it on for the next.
    expect(await redoclyLint(configPath, { api: brand })).toEqual(sources);
    fixture.remove();
  });

  it('lints a file again when its text changes, even to the same length, and not from an old parse', async () => {
    const root = join(scratch, 'edited');
    const { configPath, specDir } = copySpec(root);
    const [brand = ''] = publishedBrands();
    expect(await redoclyLint(configPath, { api: brand })).toEqual([]);
    const path = join(specDir, 'paths/api_v2_status.yaml');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('x-effect: read', 'x-effect: reed'));
    expect((await redoclyLint(configPath, { api: brand })).map((problem) => problem.rule)).toContain('struct');
    writeFileSync(path, text);
    expect(await redoclyLint(configPath, { api: brand })).toEqual([]);
  });

  it('reports an example that an edit breaks as redocly lint does, warm, through a schema it refers to or its own', async () => {
    const root = join(scratch, 'examples');
    const { configPath, specDir } = copySpec(root);
    const [brand = ''] = publishedBrands();
    // Warm: every example's validator compiled once.
    expect(await redoclyLint(configPath, { api: brand })).toEqual([]);
    const edits = [
      // AdditionalSteps' example names the type EXTRACT, which it takes from AdditionalStep.yaml.
      ['components/schemas/AdditionalStep.yaml', 'enum: [UPLOAD, EXTRACT, COMPARE]', 'enum: [UPLOAD, COMPARE]'],
      ['components/schemas/AdditionalSteps.yaml', 'type: EXTRACT', 'type: EXTRACTED'],
    ] as const;
    for (const [file, from, to] of edits) {
      const path = join(specDir, file);
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, text.replace(from, to));
      const problems = await redoclyLint(configPath, { api: brand });
      expect(problems.map((problem) => problem.rule)).toContain('no-invalid-schema-examples');
      expect(problems).toEqual(await cliLint([brand, '--config', configPath]));
      writeFileSync(path, text);
      expect(await redoclyLint(configPath, { api: brand })).toEqual([]);
    }
  });

  it('loads a plugin again when it is rebuilt in place', async () => {
    const root = join(scratch, 'plugin');
    const { configPath } = copySpec(root);
    const plugin = join(root, pluginFile);
    const built = readFileSync(plugin, 'utf8');
    const [brand = ''] = publishedBrands();
    expect(await redoclyLint(configPath, { api: brand })).toEqual([]);
    writeFileSync(plugin, `${built}\nexport const broken = ;\n`);
    await expect(redoclyLint(configPath, { api: brand })).rejects.toThrow(/Failed to load plugin/);
    writeFileSync(plugin, built);
    expect(await redoclyLint(configPath, { api: brand })).toEqual([]);
  });

  it('renders a reference page byte for byte as redocly build-docs does, warm or cold', async () => {
    const [brand = ''] = publishedBrands();
    const api = bundlePath(brand, 'json');
    const template = join(scratch, 'template.hbs');
    writeFileSync(
      template,
      '<title>{{title}}</title><meta content="{{templateOptions.note}}">{{{redocHead}}}{{{redocHTML}}}',
    );
    const cli = join(scratch, 'cli.html');
    const run = await runRedocly([
      'build-docs',
      api,
      '--output',
      cli,
      '--template',
      template,
      '--templateOptions.note=a note',
    ]);
    expect(run.ok, run.output).toBe(true);
    for (const round of [1, 2]) {
      const output = join(scratch, `warm-${round}.html`);
      await redoclyBuildDocs({ api, output, template, templateOptions: { note: 'a note' } });
      expect(readFileSync(output, 'utf8'), `render ${round}`).toBe(readFileSync(cli, 'utf8'));
    }
  });
});

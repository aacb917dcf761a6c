/** The Redocly CLI of the catalog, as a child process: `redocly lint` and `redocly respect` on the Arazzo export. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { bundlePath, loadBundle } from '@error-contract/spec/workspace';
import { type ArazzoDocument, arazzoDocument, arazzoYaml } from '../../src/arazzo.ts';
import { type Credentials, envOfCredentials } from '../../src/credentials.ts';
import { matrixFor } from '../../src/plan.ts';

const require = createRequire(import.meta.url);
const redoclyBin = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

export interface CliRun {
  ok: boolean;
  output: string;
}

/** Runs `redocly <args>` with only the given variables (and PATH) in its environment. */
export function redocly(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [redoclyBin, ...args],
      {
        env: { PATH: process.env.PATH, ...env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        timeout: 120_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ ok: !error, output: `${stdout}${stderr}` }),
    );
  });
}

/** A folder for Arazzo documents, with a lint config of Redocly's strict rules; `remove` deletes it. */
export function arazzoFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'contract-verify-arazzo-'));
  const config = join(dir, 'redocly.yaml');
  writeFileSync(config, 'extends:\n  - recommended-strict\n');
  return {
    /** The brand's export, pointing at its bundle in spec/dist. */
    // biome-ignore lint/suspicious/noExplicitAny: tests read and break the document anywhere.
    documentOf(brand: string): Record<string, any> {
      const bundle = loadBundle(brand);
      return arazzoDocument(bundle, matrixFor(bundle), relative(dir, bundlePath(brand, 'json')));
    },
    write(name: string, document: ArazzoDocument): string {
      const file = join(dir, `${name}.arazzo.yaml`);
      writeFileSync(file, arazzoYaml(document));
      return file;
    },
    lint(file: string): Promise<CliRun> {
      return redocly(['lint', file, '--config', config, '--format', 'stylish']);
    },
    /**
     * `redocly respect` of a document against a brand API root, with `credentials` (the sandbox's partners) as the
     * environment a user sets: the workflows it ran and those with a failed check of severity error.
     */
    async respect(
      name: string,
      document: ArazzoDocument,
      root: string,
      credentials: Credentials,
      extraArgs: string[] = [],
    ) {
      const log = join(dir, `${name}.respect.json`);
      const args = ['respect', this.write(name, document), '--server', `api=${root}`, '--input', `server=${root}`];
      const run = await redocly([...args, '--json-output', log, ...extraArgs], envOfCredentials(credentials));
      const executed = Object.values((JSON.parse(readFileSync(log, 'utf8')) as RespectLog).files).flatMap(
        (file) => file.executedWorkflows,
      );
      const failed = executed
        .filter((workflow) =>
          workflow.executedSteps.some((step) =>
            step.checks.some((check) => !check.passed && check.severity === 'error'),
          ),
        )
        .map((workflow) => workflow.workflowId);
      return { ok: run.ok, output: run.output, executed: executed.map((workflow) => workflow.workflowId), failed };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

interface RespectLog {
  files: Record<
    string,
    {
      executedWorkflows: Array<{
        workflowId: string;
        executedSteps: Array<{ checks: Array<{ passed: boolean; severity: string }> }>;
      }>;
    }
  >;
}

/** Runs the Redocly CLI of the catalog: `redocly lint` on the Arazzo documents, `redocly respect` to run them. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const redoclyBin = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

export interface CliRun {
  ok: boolean;
  output: string;
}

function redocly(args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [redoclyBin, ...args],
      {
        env: { ...env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        timeout: timeoutMs,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => resolve({ ok: !error, output: `${stdout}${stderr}` }),
    );
  });
}

/** `redocly lint` with Redocly's strict recommended rules, which include the Arazzo ones. */
export function lintArazzo(files: string[], configPath: string): Promise<CliRun> {
  return redocly(['lint', ...files, '--config', configPath, '--format', 'stylish'], { PATH: process.env.PATH }, 60_000);
}

export interface WorkflowOutcome {
  workflowId: string;
  passed: boolean;
  /** The failed checks: `success criteria check: $statusCode == 400`. */
  failures: string[];
}

export interface RespectOptions {
  file: string;
  jsonOutput: string;
  /** Source description name → server URL. */
  server: { name: string; url: string };
  /** Only the variables the document reads; respect gets no other environment. */
  env: Record<string, string>;
  timeoutMs: number;
  executionTimeoutMs: number;
}

interface RespectLog {
  files: Record<
    string,
    {
      executedWorkflows: Array<{
        workflowId: string;
        executedSteps: Array<{
          stepId: string;
          checks: Array<{ name: string; passed: boolean; message: string; condition?: string }>;
        }>;
      }>;
    }
  >;
}

export async function runRespect(options: RespectOptions): Promise<{ outcomes: WorkflowOutcome[]; run: CliRun }> {
  const run = await redocly(
    [
      'respect',
      options.file,
      '--server',
      `${options.server.name}=${options.server.url}`,
      '--json-output',
      options.jsonOutput,
      '--max-fetch-timeout',
      String(options.timeoutMs),
      '--execution-timeout',
      String(options.executionTimeoutMs),
    ],
    { PATH: process.env.PATH, ...options.env },
    options.executionTimeoutMs + 30_000,
  );
  let log: RespectLog;
  try {
    log = JSON.parse(readFileSync(options.jsonOutput, 'utf8')) as RespectLog;
  } catch {
    return { outcomes: [], run };
  }
  const outcomes = Object.values(log.files).flatMap((file) =>
    file.executedWorkflows.map((workflow) => {
      const failures = workflow.executedSteps.flatMap((step) =>
        step.checks
          .filter((check) => !check.passed)
          .map((check) => `${step.stepId}: ${check.name}${check.condition ? ` ${check.condition}` : ''}`),
      );
      return { workflowId: workflow.workflowId, passed: failures.length === 0, failures };
    }),
  );
  return { outcomes, run };
}

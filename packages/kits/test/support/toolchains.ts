/**
 * The language toolchains the kits' tests run. Outside CI a missing one skips its tests with the reason; under
 * CI=true it fails them, so that CI never passes by skipping.
 */
import { type SpawnOptions, type SpawnSyncOptions, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'vitest';

export const kitsDir = join(import.meta.dirname, '..', '..');
export const isCI = process.env.CI === 'true';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[], options: SpawnSyncOptions = {}): Run {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  return {
    status: result.status,
    stdout: String(result.stdout ?? ''),
    stderr: String(result.stderr ?? '') + (result.error ? String(result.error) : ''),
  };
}

export interface ReportedRun extends Run {
  /** The JUnit XML report the test runner wrote, '' when it wrote none. */
  report: string;
}

/** Runs a test runner that writes a JUnit XML report to the path it is given in `args`, and reads the report. */
export function runReported(
  command: string,
  args: (reportPath: string) => string[],
  options: SpawnSyncOptions = {},
): ReportedRun {
  const dir = mkdtempSync(join(tmpdir(), 'kits-report-'));
  try {
    const reportPath = join(dir, 'junit.xml');
    const result = run(command, args(reportPath), options);
    return { ...result, report: existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : '' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** As `run`, without blocking the event loop: for commands that talk to a server of this process. */
export function runAsync(command: string, args: string[], options: SpawnOptions = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => resolve({ status: null, stdout, stderr: stderr + String(error) }));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The first line a command prints of its version, or why it cannot run. */
export function probe(
  command: string,
  args: string[],
  options: SpawnSyncOptions = {},
): { missing?: string; version?: string } {
  const result = run(command, args, options);
  if (result.status !== 0)
    return { missing: `${command} ${args.join(' ')} failed: ${result.stderr.trim().split('\n')[0] ?? ''}` };
  return { version: `${result.stdout}${result.stderr}`.trim().split('\n')[0] };
}

/** Skips the test (outside CI) or fails it (CI=true) when a toolchain is missing. */
export function needs(context: TestContext, ...missing: Array<string | undefined>): void {
  const reasons = missing.filter((reason): reason is string => Boolean(reason));
  if (reasons.length === 0) return;
  const reason = reasons.join('; ');
  if (isCI) throw new Error(`Missing under CI=true (.ci/run installs it): ${reason}`);
  context.skip(reason);
}

export interface PythonVenv {
  python?: string;
  missing?: string;
}

/**
 * The Python of the kit's virtual environment: created on first use (with the system's pytest), with the pinned
 * tools of requirements-dev.txt (installed again only when that file changes) and the kit itself, editable.
 */
export function preparePythonVenv(): PythonVenv {
  const pythonDir = join(kitsDir, 'python');
  const python = join(pythonDir, '.venv', 'bin', 'python');
  const system = probe('python3', ['-c', 'import sys, pytest; assert sys.version_info >= (3, 11), sys.version']);
  if (system.missing) return { missing: `CPython 3.11+ with pytest: ${system.missing}` };
  if (!existsSync(python)) {
    const created = run('python3', ['-m', 'venv', '--system-site-packages', join(pythonDir, '.venv')]);
    if (created.status !== 0) return { missing: `python3 -m venv: ${created.stderr}` };
  }
  const pip = (...args: string[]) =>
    run(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', ...args], { cwd: pythonDir });
  const requirements = readFileSync(join(pythonDir, 'requirements-dev.txt'), 'utf8');
  const stamp = join(pythonDir, '.venv', 'requirements-dev.installed');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== requirements) {
    const tools = pip('-r', 'requirements-dev.txt');
    if (tools.status !== 0)
      return { missing: `pip install -r requirements-dev.txt: ${tools.stderr.trim().slice(-500)}` };
    writeFileSync(stamp, requirements);
  }
  // The kit itself, editable, as an integrator's project would have it installed.
  if (run(python, ['-c', 'import error_contract'], { cwd: tmpdir() }).status !== 0) {
    const kit = pip('--no-deps', '--no-build-isolation', '--editable', '.');
    if (kit.status !== 0) return { missing: `pip install --editable .: ${kit.stderr.trim().slice(-500)}` };
  }
  return { python };
}

/** Counts of a JUnit XML report: test cases, failed or errored ones, skipped ones, and the failures' text. */
export function junitCounts(
  xml: string,
  namePrefix = '',
): { tests: number; failed: number; skipped: number; failures: string[] } {
  const cases = [...xml.matchAll(/<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g)].filter(([, attributes]) =>
    (/\bname="([^"]*)"/.exec(attributes ?? '')?.[1] ?? '').startsWith(namePrefix),
  );
  const failures = cases.filter(([, , , inner]) => /<(failure|error)\b/.test(inner ?? ''));
  return {
    tests: cases.length,
    failed: failures.length,
    skipped: cases.filter(([, , , inner]) => /<skipped\b/.test(inner ?? '')).length,
    failures: failures.map(([whole]) => whole.slice(0, 2000)),
  };
}

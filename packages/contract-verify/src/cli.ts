#!/usr/bin/env node
/** `contract-verify [--brand b] [--server url] [--allow-not-attempted names] [--allow-effects] [--rate n] …` */
import { parseArgs } from 'node:util';
import { roles, suppliedRoles } from '@error-contract/spec/local-sandbox';
import { parseAllowances } from './plan.ts';
import { runVerify } from './verify.ts';

/** A line of the usage's tables: a name, then its text in a column wide enough for every role's reason name. */
const column = Math.max(...suppliedRoles.map(({ role }) => `credentials:${role}`.length)) + 2;
const row = (name: string, text: string) => `  ${name.padEnd(column)}${text}`;

const usage = `Usage: contract-verify [options]        (in this repository: pnpm contract:verify [options])

Reproduces every (operation × identifier) cell each brand declares and prints the reachability matrix.
Without --server it starts the sandbox on a free loopback port and verifies it.

A run passes only on proof: it exits 1 when a declared cell failed, or was not attempted for a reason the
caller did not allow by name with --allow-not-attempted.

${[
  row('--brand <id>', 'a brand to verify (repeatable; default: every brand)'),
  row('--server <url>', "the brand's API root, e.g. https://staging.example.com (needs one --brand)"),
  row('--allow-not-attempted <names>', 'reasons a cell may go unattempted without failing the run'),
  row('', '(comma-separated, repeatable; the names are below)'),
  row('--allow-effects', 'on a real server, run steps that create, consume or delete (x-effect)'),
  row('--rate <n>', 'at most n requests per second per brand (default 20; 200 against its own sandbox)'),
  row('--timeout <ms>', 'per request, to the last byte of its reply (default 10000); at most 1 MiB is read'),
  row('--out <dir>', "write contract-verify.{json,junit.xml,md} and each brand's Arazzo document there"),
  row('--help', 'show this text'),
].join('\n')}

Why a cell is not attempted on a real server, by the name --allow-not-attempted takes:
${[
  row('sandbox-only', "it needs a server that fails on purpose (the sandbox's fault switch)"),
  row('effects', 'a step first creates, consumes or deletes, and --allow-effects was not given'),
  row('credentials:<role>', "the role's credentials are not in the environment (credentials: any role's)"),
  ...suppliedRoles.flatMap(({ role, env }) => [
    row(`credentials:${role}`, roles[role].description),
    row('', `${env.apiKey}, ${env.apiSecret}`),
  ]),
].join('\n')}

Exit code: 0 passed; 1 a declared cell failed or went unproven; 2 a usage error, or a run that could not start.
`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${usage}`);
  process.exit(2);
}

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) fail(`--${name} must be a positive number, got "${value}".`);
  return number;
}

let values: ReturnType<typeof parse>['values'];
function parse() {
  return parseArgs({
    options: {
      brand: { type: 'string', multiple: true },
      server: { type: 'string' },
      'allow-effects': { type: 'boolean' },
      'allow-not-attempted': { type: 'string', multiple: true },
      rate: { type: 'string' },
      timeout: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean' },
    },
    allowPositionals: false,
  });
}
try {
  ({ values } = parse());
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  process.stdout.write(usage);
  process.exit(0);
}
let allowNotAttempted: string[] = [];
try {
  allowNotAttempted = [...parseAllowances(values['allow-not-attempted'] ?? [])];
} catch (error) {
  fail(`--allow-not-attempted: ${(error as Error).message}`);
}
if (values.server !== undefined) {
  let url: URL | undefined;
  try {
    url = new URL(values.server);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol))
    fail(`--server must be an http(s) URL, got "${values.server}".`);
  if (values.brand?.length !== 1) fail('--server needs exactly one --brand: the brand that server serves.');
}

try {
  const run = await runVerify({
    brands: values.brand,
    server: values.server,
    allowEffects: values['allow-effects'] ?? false,
    allowNotAttempted,
    rate: values.rate === undefined ? undefined : positiveNumber('rate', values.rate, 20),
    timeoutMs: positiveNumber('timeout', values.timeout, 10_000),
    outDir: values.out,
  });
  process.stdout.write(run.text);
  process.exitCode = run.failed ? 1 : 0;
} catch (error) {
  process.stderr.write(`contract-verify: ${(error as Error).message}\n`);
  process.exitCode = 2;
}

#!/usr/bin/env node
/** `pnpm contract:verify [--brand b] [--server url] [--allow-effects] [--rate n] [--timeout ms] [--out dir]` */
import { parseArgs } from 'node:util';
import { runVerify } from './verify.ts';

const usage = `Usage: pnpm contract:verify [options]

Reproduces every (operation × identifier) cell each brand declares and prints the reachability matrix.
Without --server it starts the sandbox on a free loopback port and verifies it.

  --brand <id>       a brand to verify (repeatable; default: every brand)
  --server <url>     the brand's API root, e.g. https://staging.example.com (needs one --brand)
  --allow-effects    run steps that create, consume or delete (x-effect) or spend quota on a real server
  --rate <n>         at most n requests per second per brand (default 20; 200 against the sandbox it starts)
  --timeout <ms>     per request, to the last byte of its reply (default 10000); replies over 1 MiB are not read
  --out <dir>        write contract-verify.{json,junit.xml,md} and each brand's Arazzo document there

Credentials on a real server, from the environment:
  CONTRACT_VERIFY_API_KEY, CONTRACT_VERIFY_API_SECRET                               a valid partner
  CONTRACT_VERIFY_WITHOUT_OPTION_API_KEY, CONTRACT_VERIFY_WITHOUT_OPTION_API_SECRET a partner whose contract lacks generateDigitString
  CONTRACT_VERIFY_QUOTA_SPENT_API_KEY, CONTRACT_VERIFY_QUOTA_SPENT_API_SECRET       a partner whose token quota is spent
  CONTRACT_VERIFY_RATE_LIMITED_API_KEY, CONTRACT_VERIFY_RATE_LIMITED_API_SECRET     a partner whose hourly request limit is spent
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
    rate: values.rate === undefined ? undefined : positiveNumber('rate', values.rate, 20),
    timeoutMs: positiveNumber('timeout', values.timeout, 10_000),
    outDir: values.out,
  });
  process.stdout.write(run.text);
  process.exitCode = run.failed ? 1 : 0;
} catch (error) {
  process.stderr.write(`contract:verify: ${(error as Error).message}\n`);
  process.exitCode = 2;
}

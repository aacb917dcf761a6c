/**
 * Throughput of one call, success and error path, in the same process against the same stubbed fetch:
 * raw fetch + JSON.parse, bare openapi-fetch, and this client (the built dist/, as a consumer runs it).
 * Run `pnpm build` first. Rounds interleave the contenders so that machine noise hits them alike.
 * BENCH_ROUNDS and BENCH_CALLS change the number of rounds and the calls per round. BENCH_BEFORE, a folder holding
 * an earlier build of this package's dist/, adds that build as one more contender, so that a change is measured
 * before and after in one run.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import createClient from 'openapi-fetch';
import type { paths } from '../src/generated/idenfy/openapi.ts';

const distEntry = new URL('../dist/generated/idenfy/index.js', import.meta.url);
if (!existsSync(distEntry)) throw new Error('Run `pnpm build` before the benchmark: it measures dist/.');
type Entry = typeof import('../src/generated/idenfy/index.ts');
const { createIdenfyClient } = (await import(distEntry.href)) as Entry;
const before = process.env.BENCH_BEFORE
  ? ((await import(new URL('generated/idenfy/index.js', `file://${resolve(process.env.BENCH_BEFORE)}/`).href)) as Entry)
  : undefined;

const BASE_URL = 'https://ivs.idenfy.com';
const AUTHORIZATION = `Basic ${btoa('bench-key:bench-secret-0123456789')}`;
const requestBody = { scanRef: '3af0b5c8-4d2f-11ee-a2f7-0242ac120002' };
const replies = {
  success: {
    status: 200,
    body: JSON.stringify({
      status: 'APPROVED',
      scanRef: requestBody.scanRef,
      clientId: 'user-8f14e45f',
      fraudTags: [],
    }),
  },
  error: {
    status: 400,
    body: JSON.stringify({
      identifier: 'BAD_VALUE',
      message: "Field 'country' must be a valid ISO 3166-1 alpha-2 code.",
    }),
  },
};

type Path = keyof typeof replies;

/** The one stub every contender calls: a fresh Response per request, as a real fetch returns. */
function stubFetch(path: Path) {
  const { status, body } = replies[path];
  const headers = {
    'content-type': 'application/json',
    'content-length': String(body.length),
    'x-request-id': 'bench',
  };
  return async (_input: Request | string | URL, _init?: RequestInit) => new Response(body, { status, headers });
}

function contenders(path: Path): Record<string, () => Promise<unknown>> {
  const fetch = stubFetch(path);
  const bare = createClient<paths>({ baseUrl: BASE_URL, fetch, headers: { Authorization: AUTHORIZATION } });
  const options = { apiKey: 'bench-key', apiSecret: 'bench-secret-0123456789', fetch };
  const client = createIdenfyClient(options);
  const earlier = before?.createIdenfyClient(options);
  return {
    // A real fetch builds this Request itself; building it here keeps the stub's work equal for everyone.
    'raw fetch + JSON.parse': async () => {
      const request = new Request(`${BASE_URL}/api/v2/status`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: AUTHORIZATION },
        body: JSON.stringify(requestBody),
      });
      const response = await fetch(request);
      return JSON.parse(await response.text());
    },
    'bare openapi-fetch': () => bare.POST('/api/v2/status', { body: requestBody }),
    '@error-contract/client': () => client.getVerificationStatus(requestBody),
    ...(earlier && { '@error-contract/client, BENCH_BEFORE': () => earlier.getVerificationStatus(requestBody) }),
  };
}

/** Calls per second of this process's CPU time, which other processes on a shared machine disturb less than wall time. */
async function opsPerSecond(run: () => Promise<unknown>, calls: number): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < calls; i++) await run();
  const { user, system } = process.cpuUsage(start);
  return calls / ((user + system) / 1e6);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const ratios: Record<string, number> = {};

for (const path of ['success', 'error'] as const) {
  const cases = contenders(path);
  for (const run of Object.values(cases)) await opsPerSecond(run, CALLS);
  const samples = new Map(Object.keys(cases).map((name) => [name, [] as number[]]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(cases)) samples.get(name)?.push(await opsPerSecond(run, CALLS));
  }
  // Each round measures every contender back to back: the median of the per-round ratios cancels slow drifts.
  const bare = samples.get('bare openapi-fetch') ?? [];
  const ratioOf = (name: string) => median((samples.get(name) ?? []).map((value, round) => value / (bare[round] ?? 1)));
  console.log(`\n${path} path: calls per CPU-second, median of ${ROUNDS} rounds of ${CALLS} calls`);
  console.table(
    Object.fromEntries(
      [...samples.keys()].map((name) => [
        name,
        {
          'ops/s': Math.round(median(samples.get(name) ?? [])),
          'vs bare openapi-fetch': `${ratioOf(name).toFixed(2)}x`,
        },
      ]),
    ),
  );
  ratios[path] = ratioOf('@error-contract/client');
}

const TARGET = 0.95;
for (const [path, ratio] of Object.entries(ratios)) {
  console.log(
    `${path} path: ${ratio.toFixed(2)}x bare openapi-fetch (target >= ${TARGET}x) ${ratio >= TARGET ? 'ok' : 'BELOW TARGET'}`,
  );
}

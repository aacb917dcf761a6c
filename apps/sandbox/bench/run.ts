/**
 * `pnpm --filter @error-contract/sandbox bench`: the sandbox against `prism mock` of the same bundle and a bare
 * node:http server (the ceiling), then a soak of the sandbox. BENCH_SECONDS, BENCH_ROUNDS and SOAK_REQUESTS bound
 * the runs. The contenders take turns, round after round, and each is reported by its median round, so a burst
 * of other work on the machine skews one round rather than one contender.
 */
import { bundlePath } from '@error-contract/spec/workspace';
import { type LoadResult, load } from './load.ts';
import { type Contender, residentMegabytes, startBare, startPrism, startSandbox } from './servers.ts';

const brand = 'idenfy';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const warmUpSeconds = 2;
const soakRequests = Number(process.env.SOAK_REQUESTS ?? 100_000);

interface Entry {
  contender: Contender;
  prefix: string;
  results: LoadResult[];
}

function median(results: LoadResult[]): LoadResult {
  const sorted = [...results].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) throw new Error('No results.');
  return middle;
}

async function compare(): Promise<void> {
  console.log(
    `50 connections, ${rounds} rounds of ${seconds} s per contender after ${warmUpSeconds} s of warm-up; ` +
      'mix: one success, one error.\n',
  );
  const entries: Entry[] = [];
  try {
    entries.push({ contender: await startSandbox(), prefix: `/${brand}`, results: [] });
    entries.push({ contender: await startPrism(bundlePath(brand, 'json')), prefix: '', results: [] });
    entries.push({ contender: await startBare(), prefix: '', results: [] });
    for (const { contender, prefix } of entries) await load(contender.url, { prefix }, { seconds: warmUpSeconds });
    for (let round = 0; round < rounds; round++) {
      for (const entry of entries) {
        entry.results.push(await load(entry.contender.url, { prefix: entry.prefix }, { seconds }));
      }
    }
  } finally {
    await Promise.all(entries.map(({ contender }) => contender.stop()));
  }
  const [sandbox, prism, bare] = entries.map(({ results }) => median(results));
  console.table(
    Object.fromEntries(
      entries.map(({ contender, results }) => {
        const result = median(results);
        return [
          contender.name,
          {
            'req/s': Math.round(result.requestsPerSecond),
            'p50 ms': result.p50,
            'p99 ms': result.p99,
            'req/s of each round': results.map((each) => Math.round(each.requestsPerSecond)).join(' '),
            'status codes': JSON.stringify(result.statusCodes),
            errors: result.errors,
          },
        ];
      }),
    ),
  );
  if (sandbox && prism && bare) {
    const ratio = (value: number) => value.toFixed(2);
    console.log(
      `sandbox / prism throughput: ${ratio(sandbox.requestsPerSecond / prism.requestsPerSecond)}× (target ≥ 10×)`,
    );
    console.log(
      `sandbox / bare throughput:  ${ratio(sandbox.requestsPerSecond / bare.requestsPerSecond)}× (target ≥ 0.5×)`,
    );
    console.log(`sandbox / bare p99 latency: ${ratio(sandbox.p99 / Math.max(bare.p99, 1))}× (target ≤ 2×)`);
  }
}

async function soak(): Promise<void> {
  console.log(`\nSoak: ${soakRequests} requests of the same mix against the sandbox.`);
  const contender = await startSandbox();
  try {
    await load(contender.url, { prefix: `/${brand}` }, { requests: 1_000 });
    const before = residentMegabytes(contender.pid);
    const result = await load(contender.url, { prefix: `/${brand}` }, { requests: soakRequests });
    const after = residentMegabytes(contender.pid);
    console.log(`sent ${result.total}, status codes ${JSON.stringify(result.statusCodes)}, errors ${result.errors}`);
    console.log(
      `RSS before ${before.toFixed(1)} MB, after ${after.toFixed(1)} MB, growth ${(after - before).toFixed(1)} MB (target < 50 MB)`,
    );
  } finally {
    await contender.stop();
  }
}

compare()
  .then(soak)
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });

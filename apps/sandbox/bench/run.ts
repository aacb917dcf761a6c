/**
 * `pnpm --filter @error-contract/sandbox bench`: the sandbox against `prism mock` of the same bundle and a bare
 * node:http server (the ceiling), then a soak of the sandbox. BENCH_SECONDS and SOAK_REQUESTS bound the runs.
 */
import { bundlePath } from '@error-contract/spec/locations';
import { type LoadResult, load } from './load.ts';
import { type Contender, residentMegabytes, startBare, startPrism, startSandbox } from './servers.ts';

const brand = 'idenfy';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmUpSeconds = 2;
const soakRequests = Number(process.env.SOAK_REQUESTS ?? 100_000);

async function measure(contender: Contender, prefix: string): Promise<LoadResult> {
  await load(contender.url, { prefix }, { seconds: warmUpSeconds });
  return load(contender.url, { prefix }, { seconds });
}

async function main(): Promise<void> {
  console.log(`50 connections, ${seconds} s each after ${warmUpSeconds} s of warm-up; mix: one success, one error.\n`);
  const results: Array<[string, LoadResult]> = [];
  for (const [start, prefix] of [
    [startSandbox, `/${brand}`],
    [() => startPrism(bundlePath(brand, 'json')), ''],
    [startBare, ''],
  ] as const) {
    const contender = await start();
    try {
      results.push([contender.name, await measure(contender, prefix)]);
    } finally {
      await contender.stop();
    }
  }
  console.table(
    Object.fromEntries(
      results.map(([name, result]) => [
        name,
        {
          'req/s': Math.round(result.requestsPerSecond),
          'p50 ms': result.p50,
          'p99 ms': result.p99,
          requests: result.total,
          'status codes': JSON.stringify(result.statusCodes),
          errors: result.errors,
        },
      ]),
    ),
  );
  const [sandbox, prism, bare] = results.map(([, result]) => result);
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

  console.log(`\nSoak: ${soakRequests} requests of the same mix against the sandbox.`);
  const contender = await startSandbox();
  try {
    await load(contender.url, { prefix: `/${brand}` }, { requests: 1_000 });
    const before = residentMegabytes(contender.pid);
    const soak = await load(contender.url, { prefix: `/${brand}` }, { requests: soakRequests });
    const after = residentMegabytes(contender.pid);
    console.log(`sent ${soak.total}, status codes ${JSON.stringify(soak.statusCodes)}, errors ${soak.errors}`);
    console.log(
      `RSS before ${before.toFixed(1)} MB, after ${after.toFixed(1)} MB, growth ${(after - before).toFixed(1)} MB (target < 50 MB)`,
    );
  } finally {
    await contender.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

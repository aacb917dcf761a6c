/**
 * `pnpm --filter @error-contract/sandbox bench`: the sandbox's standard errors against a bare node:http server
 * answering a fixed 400 (the ceiling), its successes against `prism mock` of the same bundle, then a soak of the
 * sandbox. BENCH_SECONDS, BENCH_ROUNDS and SOAK_REQUESTS bound the runs. BENCH_BEFORE, a copy of this package
 * holding an earlier build in its dist/ (with its sandbox.config.json), adds that build to both comparisons, so that a
 * change is measured before and after in one run. The contenders of a comparison take turns,
 * round after round, and each is reported by its median round, so a burst of other work on the machine skews one
 * round rather than one contender.
 */
import { loadavg } from 'node:os';
import { bundlePath } from '@error-contract/spec/workspace';
import { type LoadResult, load, type Mix } from './load.ts';
import { type Contender, residentMegabytes, startBare, startPrism, startSandbox } from './servers.ts';

const brand = 'idenfy';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const warmUpSeconds = 2;
const soakRequests = Number(process.env.SOAK_REQUESTS ?? 100_000);

/** The targets of issue 22, each printed beside its result. */
const targets = { errorsVsBare: 0.7, p99VsBare: 2, successVsPrism: 10 };

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

/** The contenders' median rounds under one kind of request, after a warm-up of each, printed as a table. */
async function compare(reply: Mix['reply'], entries: Entry[]): Promise<LoadResult[]> {
  for (const { contender, prefix } of entries) await load(contender.url, { prefix, reply }, { seconds: warmUpSeconds });
  for (let round = 0; round < rounds; round++) {
    for (const entry of entries) {
      entry.results.push(await load(entry.contender.url, { prefix: entry.prefix, reply }, { seconds }));
    }
  }
  console.log(`\n${reply} replies:`);
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
  return entries.map(({ results }) => median(results));
}

const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

/** The machine's load average over 1, 5 and 15 minutes: the ratios mean little without it on a shared machine. */
const loadAverage = () =>
  `load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(', ')}`;

async function benchmark(): Promise<void> {
  console.log(
    `50 connections, ${rounds} rounds of ${seconds} s per contender after ${warmUpSeconds} s of warm-up; ` +
      'one kind of request per comparison: a standard error (MISSING_VALUE), or a success.',
  );
  console.log(`Start: ${loadAverage()}.`);
  const started: Contender[] = [];
  const start = async (contender: Promise<Contender>) => {
    started.push(await contender);
    return started[started.length - 1] as Contender;
  };
  try {
    const sandbox = await start(startSandbox());
    const bare = await start(startBare());
    const prism = await start(startPrism(bundlePath(brand, 'json')));
    const before = process.env.BENCH_BEFORE ? await start(startSandbox(process.env.BENCH_BEFORE)) : undefined;
    const sandboxes = [sandbox, ...(before ? [before] : [])];
    const entries = (ceiling: Contender) =>
      [ceiling, ...sandboxes].map((contender) => ({
        contender,
        prefix: contender === ceiling ? '' : `/${brand}`,
        results: [],
      }));
    const [bareErrors, ...errors] = await compare('error', entries(bare));
    const [prismSuccess, ...success] = await compare('success', entries(prism));
    if (!bareErrors || !prismSuccess) return;
    console.log(`\nEnd: ${loadAverage()}.`);
    for (const [index, { name }] of sandboxes.entries()) {
      const [error, succeeded] = [errors[index], success[index]];
      if (!error || !succeeded) continue;
      const errorsRatio = error.requestsPerSecond / bareErrors.requestsPerSecond;
      const p99Ratio = error.p99 / Math.max(bareErrors.p99, 1);
      const successRatio = succeeded.requestsPerSecond / prismSuccess.requestsPerSecond;
      console.log(
        `${name}:\n` +
          `  errors:  ${errorsRatio.toFixed(2)}× bare (target ≥ ${targets.errorsVsBare}×) ${verdict(errorsRatio >= targets.errorsVsBare)}\n` +
          `  p99:     ${p99Ratio.toFixed(2)}× bare, ${error.p99} ms against ${bareErrors.p99} ms (target ≤ ${targets.p99VsBare}×) ${verdict(p99Ratio <= targets.p99VsBare)}\n` +
          `  success: ${successRatio.toFixed(1)}× prism (target ≥ ${targets.successVsPrism}×) ${verdict(successRatio >= targets.successVsPrism)}`,
      );
    }
  } finally {
    await Promise.all(started.map((contender) => contender.stop()));
  }
}

async function soak(): Promise<void> {
  console.log(`\nSoak: ${soakRequests} requests, successes then errors, against the sandbox.`);
  const contender = await startSandbox();
  const prefix = `/${brand}`;
  try {
    await load(contender.url, { prefix, reply: 'success' }, { requests: 1_000 });
    const before = residentMegabytes(contender.pid);
    const successes = await load(contender.url, { prefix, reply: 'success' }, { requests: soakRequests / 2 });
    const errors = await load(contender.url, { prefix, reply: 'error' }, { requests: soakRequests / 2 });
    const after = residentMegabytes(contender.pid);
    for (const result of [successes, errors]) {
      console.log(`sent ${result.total}, status codes ${JSON.stringify(result.statusCodes)}, errors ${result.errors}`);
    }
    console.log(
      `RSS before ${before.toFixed(1)} MB, after ${after.toFixed(1)} MB, growth ${(after - before).toFixed(1)} MB (target < 50 MB)`,
    );
  } finally {
    await contender.stop();
  }
}

benchmark()
  .then(soak)
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });

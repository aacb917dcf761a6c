#!/usr/bin/env node
/** `pnpm start`: runs the sandbox until interrupted and prints where each brand is served. */
import { parseCliOptions, usage } from './cli-options.ts';
import { loadConfig } from './config.ts';
import { startSandbox } from './server.ts';

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2), process.env);
  if (options.help) {
    console.log(usage);
    return;
  }
  const config = loadConfig(options.configPath);
  const sandbox = await startSandbox({
    config,
    brands: options.brands,
    port: options.port,
    host: options.host,
    maxBodyBytes: options.maxBodyBytes,
    accessLog: (options.accessLog ?? config.accessLog) ? (line) => console.log(line) : undefined,
  });
  console.log(`Sandbox listening on ${sandbox.url}`);
  for (const brand of sandbox.brands) console.log(`  ${brand}: ${sandbox.brandUrl(brand)}/api/v2/…`);
  const stop = () => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop).once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Sandbox failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

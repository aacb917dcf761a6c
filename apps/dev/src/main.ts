/** `pnpm dev`: the live preview of the spec for its authors, until Ctrl-C. */
import { rmSync } from 'node:fs';
import { startDevLoop } from './dev-loop.ts';
import { DevOptionsError, parseDevOptions, usage } from './options.ts';

async function main(): Promise<void> {
  const options = parseDevOptions(process.argv.slice(2), process.env);
  if (options.help) {
    console.log(usage);
    return;
  }
  process.env.REDOCLY_TELEMETRY = 'off';
  const loop = await startDevLoop({ ...options, log: (line) => console.log(line) });
  console.log(`Docs:    ${loop.docsUrl} (reloads on save)`);
  if (loop.sandbox) console.log(`Sandbox: ${loop.sandbox.url} (${loop.sandbox.brands.join(', ')})`);
  console.log(`Watching ${loop.layout.specDir} and ${loop.layout.configPath}; Ctrl-C stops.`);
  // Whatever ends the process (a second Ctrl-C, pnpm stopping its script), the dev loop's scratch goes with it.
  process.once('exit', () => rmSync(loop.layout.workDir, { recursive: true, force: true }));
  let stopping = false;
  const stop = () => {
    if (stopping) return process.exit(130);
    stopping = true;
    console.log('Stopping…');
    loop.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop).once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof DevOptionsError ? message : `pnpm dev failed to start: ${message}`);
  process.exit(1);
});

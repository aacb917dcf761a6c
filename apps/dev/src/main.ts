/** `pnpm dev`: the live preview of the spec for its authors, until Ctrl-C. */
import { rmSync } from 'node:fs';
import { startDevLoop } from './dev-loop.ts';
import { DevOptionsError, parseDevOptions, usage } from './options.ts';

/**
 * Ctrl-C reaches this process more than once: the terminal sends SIGINT to every process of the command, and the
 * pnpm above it passes it on again, then sends SIGTERM. All of them mean one stop. A clean stop is a success: exit
 * code 0, which keeps pnpm from reporting "ELIFECYCLE Command failed".
 */
function stopSignal(): AbortSignal {
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) return;
    console.log('Stopping…');
    stop.abort();
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  return stop.signal;
}

async function main(): Promise<void> {
  const options = parseDevOptions(process.argv.slice(2), process.env);
  if (options.help) {
    console.log(usage);
    return;
  }
  process.env.REDOCLY_TELEMETRY = 'off';
  const signal = stopSignal();
  let loop: Awaited<ReturnType<typeof startDevLoop>>;
  try {
    loop = await startDevLoop({ ...options, signal, log: (line) => console.log(line) });
  } catch (error) {
    // Stopped while it started: it has cleaned up.
    if (signal.aborted) process.exit(0);
    throw error;
  }
  // Whatever ends the process, the dev loop's scratch goes with it.
  process.once('exit', () => rmSync(loop.layout.workDir, { recursive: true, force: true }));
  console.log(`Docs:    ${loop.docsUrl} (reloads on save)`);
  if (loop.sandbox) console.log(`Sandbox: ${loop.sandbox.url} (${loop.sandbox.brands.join(', ')})`);
  if (!loop.layout.isWorkspace) {
    console.log(
      `The kits and the corpus follow this workspace's spec only: run \`pnpm generate\` in ${loop.layout.root}.`,
    );
  }
  console.log(`Watching ${loop.layout.specDir} and ${loop.layout.configPath}; Ctrl-C stops.`);
  await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
  try {
    await loop.close();
  } catch (error) {
    console.error(`pnpm dev did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  process.exit(0);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof DevOptionsError ? message : `pnpm dev failed to start: ${message}`);
  process.exit(1);
});

/** A Prism server per published brand for one test file, started together and stopped after it. */
import { afterAll, beforeAll } from 'vitest';
import { type PrismCommand, type PrismServer, startPrism } from '../../src/prism.ts';

export function usePrism(commands: () => Record<string, PrismCommand>): (name: string) => PrismServer {
  const servers = new Map<string, PrismServer>();
  beforeAll(async () => {
    const started = await Promise.allSettled(
      Object.entries(commands()).map(async ([name, command]) => servers.set(name, await startPrism(command))),
    );
    const failed = started.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
  });
  afterAll(async () => {
    await Promise.all([...servers.values()].map((server) => server.close()));
  });
  return (name) => {
    const server = servers.get(name);
    if (!server) throw new Error(`No Prism server ${name} has started.`);
    return server;
  };
}

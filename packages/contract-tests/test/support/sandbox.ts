/** The sandbox on a free loopback port for one test file, stopped after it. */
import { type Sandbox, startSandbox } from '@error-contract/sandbox';
import { afterAll, beforeAll } from 'vitest';

export function useSandbox(): { readonly current: Sandbox } {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  return {
    get current() {
      if (!sandbox) throw new Error('The sandbox has not started yet.');
      return sandbox;
    },
  };
}

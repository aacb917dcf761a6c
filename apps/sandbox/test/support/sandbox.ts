/** A sandbox on a free loopback port for one test file, stopped after it, and requests to it checked against the spec. */
import { afterAll, beforeAll, expect } from 'vitest';
import { type Sandbox, type SandboxOptions, startSandbox } from '../../src/server.ts';
import { contractFor, contractOf } from './contract.ts';
import { type RawReply, type RawRequest, sendRaw } from './raw-request.ts';

export interface TestSandbox {
  readonly current: Sandbox;
  /**
   * Sends a request to a brand's path (e.g. `/api/v2/token`) and asserts the reply is valid against its spec: the
   * bundle the sandbox was given for the brand, if any, else the built one.
   */
  send(brand: string, request: RawRequest): Promise<RawReply>;
}

export function useSandbox(options: SandboxOptions = {}): TestSandbox {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, ...options });
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  const handle: TestSandbox = {
    get current() {
      if (!sandbox) throw new Error('The sandbox has not started yet.');
      return sandbox;
    },
    async send(brand, request) {
      const reply = await sendRaw(handle.current.url, { ...request, path: `/${brand}${request.path}` });
      const apiPath = request.path.split('?')[0] ?? '';
      const bundle = options.bundles?.[brand];
      const contract = bundle ? contractFor(bundle) : contractOf(brand);
      expect(contract.problemsOf(request.method ?? 'POST', apiPath, reply)).toEqual([]);
      return reply;
    },
  };
  return handle;
}

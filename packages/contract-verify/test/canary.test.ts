import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suppliedRoles } from '@error-contract/spec/local-sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { runVerify } from '../src/verify.ts';
import { bodyOf, serve, type TestServer } from './support/servers.ts';

const canary = 'canary-secret-4f1d9a';

let server: TestServer | undefined;
let outDir: string | undefined;
afterEach(async () => {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('secrets', () => {
  it('never appear in any output, even when the server echoes them', async () => {
    const seen: string[] = [];
    // Echoes the Authorization header, and the secret decoded from it, in a header and in the error body.
    server = await serve(async (request, response) => {
      await bodyOf(request);
      const authorization = request.headers.authorization ?? '';
      const decoded = Buffer.from(authorization.replace(/^Basic /, ''), 'base64').toString();
      seen.push(decoded);
      response
        .writeHead(400, { 'content-type': 'application/json', 'x-echo': authorization })
        .end(JSON.stringify({ identifier: 'BAD_VALUE', message: `You sent ${authorization} (${decoded}).` }));
    });
    const env: NodeJS.ProcessEnv = {};
    for (const { role, env: names } of suppliedRoles) {
      Object.assign(env, { [names.apiKey]: `${role}-key`, [names.apiSecret]: `${canary}-${role}` });
    }
    outDir = mkdtempSync(join(tmpdir(), 'contract-verify-canary-'));
    const run = await runVerify({ brands: ['markid'], server: server.url, env, allowEffects: true, outDir });

    expect(seen.some((credentials) => credentials.includes(canary))).toBe(true);
    expect(run.failed).toBe(true);
    const outputs = [run.text, JSON.stringify(run.results)];
    for (const file of readdirSync(outDir)) outputs.push(readFileSync(join(outDir, file), 'utf8'));
    const basic = Buffer.from(`partner-key:${canary}-partner`).toString('base64');
    for (const output of outputs) {
      expect(output).not.toContain(canary);
      expect(output).not.toContain(basic);
    }
    expect(run.text).toContain('You sent Basic *** (partner-key:***).');
  });
});

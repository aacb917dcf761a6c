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

  it('never appear in any form a server echoes them: escaped, escaped twice, the Basic value in Latin-1, base64 alone', async () => {
    const jsonEscaped = (text: string) => JSON.stringify(text).slice(1, -1);
    const phpEscaped = (text: string) => jsonEscaped(text).replaceAll('/', '\\/');
    /** The forms of a credential: the secret, the Basic value in UTF-8 and Latin-1, base64 of the secret alone. */
    const formsOf = (apiKey: string, apiSecret: string) => [
      apiSecret,
      Buffer.from(`${apiKey}:${apiSecret}`).toString('base64'),
      Buffer.from(`${apiKey}:${apiSecret}`, 'latin1').toString('base64'),
      Buffer.from(apiSecret).toString('base64'),
      Buffer.from(apiSecret, 'latin1').toString('base64'),
    ];
    const encodings = [
      (text: string) => text,
      jsonEscaped,
      phpEscaped,
      (text: string) => jsonEscaped(jsonEscaped(text)),
      (text: string) => jsonEscaped(phpEscaped(text)),
      encodeURIComponent,
    ];
    // Echoes every form of the credential it was sent, in every encoding: in the body as text and in a header.
    server = await serve(async (request, response) => {
      await bodyOf(request);
      const [apiKey = '', apiSecret = ''] = Buffer.from((request.headers.authorization ?? '').slice(6), 'base64')
        .toString()
        .split(/:(.*)/s);
      const echoes = formsOf(apiKey, apiSecret).flatMap((form) => encodings.map((encode) => encode(form)));
      response
        .writeHead(502, { 'content-type': 'text/html', 'x-echo': Buffer.from(echoes.join(' ')).toString('latin1') })
        .end(`<html><pre>${echoes.join('\n')}</pre></html>`);
    });
    const env: NodeJS.ProcessEnv = {};
    const credentials: Array<[string, string]> = [];
    for (const { role, env: names } of suppliedRoles) {
      const apiSecret = `${canary}-ä"ß/${role}`;
      credentials.push([`${role}-key`, apiSecret]);
      Object.assign(env, { [names.apiKey]: `${role}-key`, [names.apiSecret]: apiSecret });
    }
    outDir = mkdtempSync(join(tmpdir(), 'contract-verify-canary-'));
    const run = await runVerify({ brands: ['idenfy'], server: server.url, env, allowEffects: true, outDir });

    const outputs = [run.text, JSON.stringify(run.results)];
    for (const file of readdirSync(outDir)) outputs.push(readFileSync(join(outDir, file), 'utf8'));
    expect(outputs.length).toBe(2 + 4);
    expect(run.text).toContain('***');
    for (const [apiKey, apiSecret] of credentials) {
      for (const form of formsOf(apiKey, apiSecret)) {
        for (const encode of encodings) {
          for (const output of outputs) expect(output.includes(encode(form)), encode(form)).toBe(false);
        }
      }
    }
  });
});

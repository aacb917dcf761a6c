import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Generator, runCodegen } from '../codegen-task/codegen.ts';

let dir: string;
let runs: number;
const path = (name: string) => join(dir, name);

/** Writes out.txt from in.txt, upper-cased, and counts how often it ran. */
function upperCase(): Generator {
  return {
    name: 'upper case',
    reads: [path('in.txt')],
    async write() {
      runs += 1;
      writeFileSync(path('out.txt'), readFileSync(path('in.txt'), 'utf8').toUpperCase());
      return [path('out.txt')];
    },
  };
}

const run = (force = false) =>
  runCodegen({ generators: [upperCase()], fingerprintPath: path('cache/fingerprint.json'), force });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'codegen-'));
  runs = 0;
  writeFileSync(path('in.txt'), 'spec');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('runCodegen', () => {
  it('generates on the first run and records what it read and wrote', async () => {
    expect(await run()).toEqual({ skipped: false, written: [path('out.txt')] });
    expect(readFileSync(path('out.txt'), 'utf8')).toBe('SPEC');
  });

  it('skips a run whose inputs and outputs are as the last run left them', async () => {
    await run();
    expect(await run()).toEqual({ skipped: true, written: [] });
    expect(runs).toBe(1);
  });

  it.each([
    ['an input changed', () => writeFileSync(path('in.txt'), 'edited'), 'EDITED'],
    ['an output was edited by hand', () => writeFileSync(path('out.txt'), 'hand edit'), 'SPEC'],
    ['an output was deleted', () => rmSync(path('out.txt')), 'SPEC'],
    ['the fingerprint is corrupt', () => writeFileSync(path('cache/fingerprint.json'), '{ not json'), 'SPEC'],
    ['the fingerprint is gone', () => rmSync(path('cache'), { recursive: true }), 'SPEC'],
  ])('generates again when %s', async (_, change, want) => {
    await run();
    change();
    expect((await run()).skipped).toBe(false);
    expect(readFileSync(path('out.txt'), 'utf8')).toBe(want);
    expect(runs).toBe(2);
  });

  it('generates regardless when forced', async () => {
    await run();
    expect((await run(true)).skipped).toBe(false);
    expect(runs).toBe(2);
  });

  it('records nothing when a generator fails, so the next run tries again', async () => {
    await run();
    writeFileSync(path('in.txt'), 'edited');
    const failing: Generator = { ...upperCase(), write: () => Promise.reject(new Error('bundle is broken')) };
    await expect(
      runCodegen({ generators: [failing], fingerprintPath: path('cache/fingerprint.json') }),
    ).rejects.toThrow('bundle is broken');
    expect((await run()).skipped).toBe(false);
  });
});
